import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";
import { unzipSync } from "fflate";

/** Largest part of an Office file read, uncompressed: a guard against zip bombs. */
const MAX_PART_BYTES = 200 * 1024 * 1024;

/**
 * Unzips the named parts of an Office file (xlsx, docx), refusing any part over the size limit.
 *
 * @returns the parts found, by path, as text.
 * @throws Error naming the part when it is too large, or when the bytes are not a zip archive.
 */
export function readParts(bytes: Uint8Array, wanted: (path: string) => boolean): Map<string, string> {
  const files = unzipSync(bytes, {
    filter: (file) => {
      if (!wanted(file.name)) return false;
      if (file.originalSize > MAX_PART_BYTES)
        throw new Error(`${file.name} is ${file.originalSize} bytes uncompressed (limit ${MAX_PART_BYTES})`);
      return true;
    },
  });
  const decoder = new TextDecoder("utf-8");
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

/** @returns the parsed XML document; parse errors throw. */
export function parseXml(xml: string, name: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level === "fatalError") throw new Error(`${name}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
}

/** @returns the element children of a node whose local name is `name` (any when omitted). */
export function childElements(node: Node, name?: string): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (name === undefined || (c as Element).localName === name)) out.push(c as Element);
  }
  return out;
}

/** @returns the first element child named `name`, or undefined. */
export function child(node: Node, name: string): Element | undefined {
  for (let c = node.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1 && (c as Element).localName === name) return c as Element;
  return undefined;
}

/** @returns every descendant element named `name`, in document order. */
export function descendants(node: Node, name: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      if ((c as Element).localName === name) out.push(c as Element);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** @returns an attribute by local name (`w:val` → `val`), or null. */
export function attr(element: Element, name: string): string | null {
  const attrs = element.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i)!;
    if (a.localName === name || a.name === name) return a.value;
  }
  return null;
}
