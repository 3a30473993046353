import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/text/plural.ts
function plural(count, one, many = `${one}s`) {
  return `${count} ${pluralNoun(count, one, many)}`;
}
function pluralNoun(count, one, many = `${one}s`) {
  return count === 1 ? one : many;
}

export {
  plural,
  pluralNoun
};
