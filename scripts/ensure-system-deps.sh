#!/usr/bin/env bash
# Installs the Debian packages Rollbook's tests need, if they are missing.
#
#   scripts/ensure-system-deps.sh                # all of them
#   scripts/ensure-system-deps.sh prometheus     # only these
#
# Idempotent and quick when everything is present (no apt, no lock). Prints one
# line per package. Package installs never leave a daemon running: the Debian
# prometheus and pushgateway packages start a service listening on 0.0.0.0 on
# install, so a policy-rc.d that denies service starts is in place while apt runs,
# and on systemd machines the units are also disabled so they do not start at boot.
# The tests start their own servers on 127.0.0.1.
set -euo pipefail

DEFAULT_PACKAGES=(prometheus prometheus-pushgateway chromium)
# Services the packages above would start on install; they listen on all interfaces.
SERVICES=(prometheus prometheus-pushgateway)
SERVICE_USER=prometheus
LOCK_FILE="${TMPDIR:-/tmp}/rollbook-ensure-system-deps.lock"
APT_LOCK_TIMEOUT_SECONDS=300
POLICY_RC=/usr/sbin/policy-rc.d

packages=("$@")
[[ ${#packages[@]} -eq 0 ]] && packages=("${DEFAULT_PACKAGES[@]}")

fail() {
  echo "ensure-system-deps: $*" >&2
  exit 1
}

is_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

missing_packages() {
  local pkg
  for pkg in "${packages[@]}"; do
    is_installed "$pkg" || echo "$pkg"
  done
}

report() {
  local pkg version
  for pkg in "${packages[@]}"; do
    if is_installed "$pkg"; then
      version="$(dpkg-query -W -f='${Version}' "$pkg")"
      echo "ok        $pkg $version"
    else
      echo "MISSING   $pkg"
    fi
  done
}

command -v dpkg-query >/dev/null || fail "dpkg-query not found: this script needs a Debian-based system."

mapfile -t missing < <(missing_packages)
if [[ ${#missing[@]} -eq 0 ]]; then
  report
  exit 0
fi

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
  command -v sudo >/dev/null || fail "not root and sudo is not available; install as root: apt-get install ${missing[*]}"
  sudo -n true 2>/dev/null || fail "not root and sudo needs a password; install as root: apt-get install ${missing[*]}"
  SUDO=(sudo -n)
fi

# Serialise concurrent callers (several test files may call this at once); the
# first one installs, the rest find everything present once they get the lock.
# A lock file another user created can still be opened for reading, which flock accepts.
{ exec 9>>"$LOCK_FILE"; } 2>/dev/null || { exec 9<"$LOCK_FILE"; } 2>/dev/null || fail "cannot open the lock file $LOCK_FILE"
flock 9

mapfile -t missing < <(missing_packages)
if [[ ${#missing[@]} -gt 0 ]]; then
  # Deny service starts while apt runs; restore whatever policy was there before.
  policy_backup=""
  if [[ -e "$POLICY_RC" ]]; then
    policy_backup="$(mktemp)"
    "${SUDO[@]}" cp -p "$POLICY_RC" "$policy_backup"
  fi
  restore_policy() {
    if [[ -n "$policy_backup" ]]; then
      "${SUDO[@]}" cp -p "$policy_backup" "$POLICY_RC"
      rm -f "$policy_backup"
    else
      "${SUDO[@]}" rm -f "$POLICY_RC"
    fi
  }
  trap restore_policy EXIT
  printf '#!/bin/sh\n# Written by rollbook scripts/ensure-system-deps.sh while apt runs.\nexit 101\n' |
    "${SUDO[@]}" tee "$POLICY_RC" >/dev/null
  "${SUDO[@]}" chmod 755 "$POLICY_RC"

  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_options=(-o "DPkg::Lock::Timeout=$APT_LOCK_TIMEOUT_SECONDS" -q)
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" update >/dev/null ||
    fail "apt-get update failed"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" install -y --no-install-recommends \
    "${missing[@]}" >/dev/null || fail "apt-get install ${missing[*]} failed"

  # On systemd machines postinst enables the units: disable them so they do not start
  # at boot, and stop any that started anyway. Elsewhere, stop a daemon the service
  # account runs: the init scripts' pidfile stop misses daemons whose pidfile is gone
  # (seen here), so match the binary and the service user, which a test server
  # (started as the invoking user) never has.
  for service in "${SERVICES[@]}"; do
    if [[ -d /run/systemd/system ]]; then
      "${SUDO[@]}" systemctl disable --now "$service.service" >/dev/null 2>&1 || true
    elif id "$SERVICE_USER" >/dev/null 2>&1 && [[ -x "/usr/bin/$service" ]]; then
      "${SUDO[@]}" start-stop-daemon --stop --quiet --oknodo --retry=TERM/10/KILL/5 \
        --exec "/usr/bin/$service" --user "$SERVICE_USER" || true
    fi
  done

  restore_policy
  trap - EXIT
fi

report
mapfile -t missing < <(missing_packages)
[[ ${#missing[@]} -eq 0 ]] || fail "still missing after install: ${missing[*]}"
