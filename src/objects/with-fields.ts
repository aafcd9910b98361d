// `{ ...object, ...fields }`, for objects the site keeps by the ten thousand (an event's sources, related links,
// figures). V8 gives a spread copy that then gains a property a hidden class (map) of its own, so each such object
// carried ~150 bytes of shape besides its fields: at 1,000 articles 60,000 maps, a fifth of the site data's heap
// (issue 8). Object.assign onto a fresh literal follows the shared transitions instead. Same keys, same order.
export function withFields<T extends object, F extends object>(object: T, fields: F): Omit<T, keyof F> & F {
  return Object.assign({}, object, fields);
}
