// Which IP addresses a plan's http-json URL may reach. Plans can be edited by anyone who can
// open a pull request, and the report runs with the runner's network position: without this, a
// plan could make the runner fetch its cloud's metadata service (169.254.169.254), a service on
// loopback, or anything on the private network. Refused unless the workflow explicitly allows
// private addresses. IPv6 forms that embed an IPv4 address (mapped ::ffff:a.b.c.d, NAT64,
// 6to4, IPv4-compatible, translated) are judged by the IPv4 address they carry.
import { BlockList, isIPv4, isIPv6 } from 'node:net';

const IPV4_BLOCKED: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'this network (0.0.0.0/8)'],
  ['10.0.0.0', 8, 'private (10.0.0.0/8)'],
  ['100.64.0.0', 10, 'shared address space (100.64.0.0/10)'],
  ['127.0.0.0', 8, 'loopback (127.0.0.0/8)'],
  ['169.254.0.0', 16, 'link-local, where cloud metadata services live (169.254.0.0/16)'],
  ['172.16.0.0', 12, 'private (172.16.0.0/12)'],
  ['192.0.0.0', 24, 'IETF protocol assignments (192.0.0.0/24)'],
  ['192.168.0.0', 16, 'private (192.168.0.0/16)'],
  ['198.18.0.0', 15, 'benchmarking (198.18.0.0/15)'],
  ['224.0.0.0', 4, 'multicast (224.0.0.0/4)'],
  ['240.0.0.0', 4, 'reserved (240.0.0.0/4)'],
];

const IPV6_BLOCKED: readonly [string, number, string][] = [
  ['::', 128, 'unspecified (::)'],
  ['::1', 128, 'loopback (::1)'],
  ['100::', 64, 'discard (100::/64)'],
  ['2001::', 32, 'Teredo, which hides an IPv4 address (2001::/32)'],
  ['fc00::', 7, 'unique local, private (fc00::/7; AWS metadata is fd00:ec2::254)'],
  ['fe80::', 10, 'link-local (fe80::/10)'],
  ['fec0::', 10, 'site-local (fec0::/10)'],
  ['ff00::', 8, 'multicast (ff00::/8)'],
];

function rangesOf(entries: readonly [string, number, string][], type: 'ipv4' | 'ipv6') {
  return entries.map(([network, prefix, why]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return { list, why };
  });
}

const V4 = rangesOf(IPV4_BLOCKED, 'ipv4');
const V6 = rangesOf(IPV6_BLOCKED, 'ipv6');

/** The 16 bytes of an IPv6 address (which `isIPv6` has accepted). */
function ipv6Bytes(address: string): number[] {
  let text = address.split('%')[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let tail: number[] = [];
  if (dotted) {
    tail = dotted[1]!.split('.').map(Number);
    text = text.slice(0, -dotted[1]!.length);
    text = text.endsWith('::') ? text : text.replace(/:$/, '');
  }
  const [head, rest] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (part: string | undefined) =>
    part
      ? part
          .split(':')
          .filter((g) => g !== '')
          .map((g) => Number.parseInt(g, 16))
      : [];
  const front = groups(head);
  const back = groups(rest);
  const missing = 8 - front.length - back.length - tail.length / 2;
  const all = [...front, ...(rest === undefined ? [] : new Array<number>(Math.max(0, missing)).fill(0)), ...back];
  const bytes = all.flatMap((g) => [g >> 8, g & 0xff]);
  return [...bytes, ...tail];
}

/** The IPv4 address an IPv6 address carries, if it is one of the forms that embed one. */
function embeddedIpv4(address: string): string | undefined {
  const b = ipv6Bytes(address);
  if (b.length !== 16) return undefined;
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const v4 = (at: number) => b.slice(at, at + 4).join('.');
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return v4(12); // ::ffff:a.b.c.d (mapped)
  if (zeros(0, 8) && b[8] === 0xff && b[9] === 0xff && zeros(10, 12)) return v4(12); // ::ffff:0:a.b.c.d (translated)
  if (zeros(0, 12) && !zeros(12, 16) && !(zeros(12, 15) && b[15] === 1)) return v4(12); // ::a.b.c.d (compatible)
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return v4(12); // 64:ff9b::/96
  if (b[0] === 0x20 && b[1] === 0x02) return v4(2); // 2002::/16 (6to4)
  return undefined;
}

/** Why `address` may not be reached, or undefined when it is a public address. */
export function blockedReason(address: string): string | undefined {
  if (isIPv4(address)) return V4.find((r) => r.list.check(address, 'ipv4'))?.why;
  if (!isIPv6(address)) return 'not an IP address';
  const inner = embeddedIpv4(address);
  if (inner !== undefined) {
    const why = blockedReason(inner);
    return why === undefined ? undefined : `${why}, inside the IPv6 address`;
  }
  return V6.find((r) => r.list.check(address, 'ipv6'))?.why;
}
