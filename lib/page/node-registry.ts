/**
 * Element references for extracted items, kept in the content script only: extraction gives each
 * item a numeric `nodeId`, and the highlight and badges look the element up again by that id. Ids are
 * never elements on the wire, and nothing is written to the page. Contexts: content script; unit
 * tests with happy-dom.
 */

export interface NodeRegistry {
  /** Gives `el` an id (the same element twice gets the same id). */
  register(el: Element): number;
  /** The element registered under `id`, or undefined. */
  get(id: number): Element | undefined;
  readonly size: number;
}

/** A fresh registry for one read of the page (a new read starts a new one). */
export function createNodeRegistry(): NodeRegistry {
  const byId: Element[] = [];
  const ids = new Map<Element, number>();
  return {
    register(el) {
      const known = ids.get(el);
      if (known !== undefined) return known;
      const id = byId.length;
      byId[id] = el;
      ids.set(el, id);
      return id;
    },
    get: (id) => byId[id],
    get size() {
      return byId.length;
    },
  };
}
