// Issue 12 item 7: a time of day without a zone (`2026-11-30T12:00:00`) is read by JavaScript in
// the machine's local zone, silently moving an evaluation or a bake. Every timestamp input
// refuses it and says to add Z or an offset; a date alone stays midnight UTC.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeries } from '../../src/gates/providers/series-points.ts';
import { parseInstant } from '../../src/time/instant.ts';
import { CHECKOUT_PLAN_FILE } from '../gates/helpers.ts';
import { runCli, tempDir } from '../helpers/cli.ts';

function workspace(document: unknown): string {
  const dir = tempDir();
  copyFileSync(CHECKOUT_PLAN_FILE, join(dir, 'checkout.rollout.yaml'));
  writeFileSync(join(dir, 'metrics.json'), JSON.stringify(document));
  return dir;
}
const gate = ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'production', '--metrics-file', 'metrics.json'];
const GOOD = { generatedAt: '2026-11-23T09:00:00Z', metrics: { error_rate: 0.004, success_rate: 0.995 } };

describe('times without a zone', () => {
  for (const option of ['--at', '--activated-at']) {
    it(`\`rollbook gate ${option} 2026-11-30T12:00:00\` exits 2 and says to add Z or an offset`, async () => {
      const result = await runCli([...gate, option, '2026-11-30T12:00:00'], workspace(GOOD));
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`${option} must be an ISO 8601 time`);
      expect(result.stderr).toContain('(got "2026-11-30T12:00:00", which has no time zone: add Z or an offset');
    });
  }

  it('accepts the same times with Z, with an offset, and a bare date as midnight UTC', async () => {
    const dir = workspace(GOOD);
    const zulu = await runCli([...gate, '--at', '2026-11-24T12:00:00Z', '--format', 'json'], dir);
    const offset = await runCli([...gate, '--at', '2026-11-24T13:00:00+01:00', '--format', 'json'], dir);
    expect(zulu.code).not.toBe(2);
    expect(JSON.parse(offset.stdout).at).toBe(JSON.parse(zulu.stdout).at);
    expect(parseInstant('2026-11-30')).toEqual({ ok: true, date: new Date(Date.UTC(2026, 10, 30)) });
  });

  it('refuses minutes-only and fractional zone-less times, and impossible dates', () => {
    for (const text of ['2026-11-30T12:00', '2026-11-30 12:00:00.250', '2026-11-30t12:00:00']) {
      const parsed = parseInstant(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain('add Z or an offset');
    }
    expect(parseInstant('2026-02-30T00:00:00Z').ok).toBe(false);
    expect(parseInstant('2026-11-30T24:30:00Z').ok).toBe(false);
  });

  it('a metrics file whose generatedAt has no zone is an error, not the file time', async () => {
    const result = await runCli(
      [...gate, '--at', '2026-11-23T09:00:00Z'],
      workspace({ ...GOOD, generatedAt: '2026-11-23T09:00:00' }),
    );
    // The text report wraps long lines at word boundaries, and where it wraps depends on the
    // temporary directory's name: compare with the wrapping undone.
    const unwrapped = result.stdout.replace(/\s+/g, ' ');
    expect(unwrapped).toContain('generatedAt "2026-11-23T09:00:00" is not a time with a zone (add Z or an offset');
  });

  it('a series point without a zone is a bad point that says so', () => {
    const parsed = parseSeries([
      ['2026-11-23T09:00:00Z', 1],
      ['2026-11-23T10:00:00', 2],
    ]);
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining(': add Z or an offset to its time') });
    expect(parseSeries([[1795424400, 1]])).toMatchObject({ ok: true });
  });
});
