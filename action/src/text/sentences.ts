// Joining phrases people wrote into one sentence. A phrase may end its own sentence, so the joint
// after it and the stop at the end are chosen by how it ends, never doubled (`..`, `.;`).

const SENTENCE_END = /[.!?…]$/;

/** Does `text` end a sentence of its own (a full stop, question or exclamation mark, an ellipsis)? */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** `a; b; c.`: a phrase that ends its own sentence is followed by a space, and no stop is added after one. */
export function joinPhrases(phrases: readonly string[]): string {
  let out = '';
  for (const phrase of phrases) {
    const text = phrase.trim();
    if (text === '') continue;
    if (out !== '') out += endsSentence(out) ? ' ' : '; ';
    out += text;
  }
  return out === '' || endsSentence(out) ? out : `${out}.`;
}
