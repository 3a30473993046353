// Reading request bodies.
import type { IncomingMessage } from 'node:http';
import { GitHubError } from './errors.ts';

/** GitHub rejects larger payloads; nothing Rollbook sends comes close. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new GitHubError(413, 'Payload too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new GitHubError(400, 'Problems parsing JSON');
  }
}
