// The hidden marker of a gate report comment (text/marker.ts): which plan and phase it reports
// on, so the report finds its sticky comment again. Finding it is not trusting it: only comments
// GitHub says the token wrote are considered (github/sticky-comment.ts).
import { marker, markerId, markerPattern } from '../../text/marker.ts';

export { markerId } from '../../text/marker.ts';

const MARKER_NAME = 'gate-report';
const REPORT_MARKER = markerPattern(MARKER_NAME, 'plan=([a-z0-9-]+) phase=([a-z0-9-]+)');

export function reportMarker(plan: string, phase: string): string {
  return marker(MARKER_NAME, `plan=${markerId(plan)} phase=${markerId(phase)}`);
}

/** The plan and phase of a comment written by renderGateReport, for finding the sticky comment. */
export function parseReportMarker(body: string): { plan: string; phase: string } | undefined {
  const match = REPORT_MARKER.exec(body);
  return match ? { plan: match[1]!, phase: match[2]! } : undefined;
}
