/**
 * A small XML reader for the parts of Office files and QDA projects: elements, attributes and text,
 * nothing else. It refuses what a hostile file would use against a general parser — a document type
 * declaration (so no entity is ever expanded), nesting past a depth, more elements than a limit, a
 * text past a length — and never recurses over the input, so no file can exhaust the stack.
 */

/** An element: its local name (`w:tbl` → `tbl`), attributes by local name, and children in order. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A child of an element: an element or a run of text (entities decoded). */
export type XmlNode = XmlElement | string;

/** Limits on one XML part; past any of them reading stops with an `XmlError` of kind `limit`. */
export interface XmlLimits {
  /** Deepest nesting of elements. */
  readonly depth: number;
  /** Elements built into a tree (a whole part, or one streamed element with its content). */
  readonly elements: number;
  /** Longest run of text, in characters. */
  readonly text: number;
}

/**
 * The limits XML parts are read under: nesting 256 deep (a Word table nested in a table's cell adds
 * four), 2,000,000 elements in one tree, 5,000,000 characters in one text.
 */
export const XML_LIMITS: XmlLimits = Object.freeze({ depth: 256, elements: 2_000_000, text: 5_000_000 });

/** Why an XML part could not be read: not well-formed (`syntax`) or past a limit (`limit`). */
export class XmlError extends Error {
  override readonly name = "XmlError";

  constructor(
    readonly kind: "syntax" | "limit",
    /** The part, e.g. `xl/worksheets/sheet1.xml`. */
    readonly part: string,
    /** The character offset where reading stopped. */
    readonly offset: number,
    readonly detail: string,
  ) {
    super(`${part}: ${detail}`);
  }
}

/** What `streamXml` is asked to do. */
export interface XmlStream {
  /** Which elements to build (with all their content) and hand to `onElement`. */
  readonly keep: (name: string) => boolean;
  /** Receives each kept element when it closes. */
  readonly onElement: (element: XmlElement) => void;
  /** Sees every element that opens outside a kept one: its name, attributes and depth (root 1). */
  readonly onOpen?: (name: string, attrs: Readonly<Record<string, string>>, depth: number) => void;
}

/**
 * Reads a whole XML part into a tree.
 *
 * @returns the root element.
 * @throws XmlError naming the part, when it is not well-formed or passes a limit.
 * @example
 * parseXml('<w:p xmlns:w="…"><w:t>Audit</w:t></w:p>', "word/document.xml").children; // [{ name: "t", … }]
 */
export function parseXml(xml: string, part: string, limits: XmlLimits = XML_LIMITS): XmlElement {
  let root: XmlElement | undefined;
  streamXml(xml, part, { keep: () => true, onElement: (e) => (root = e) }, limits);
  if (!root) throw new XmlError("syntax", part, xml.length, "no root element");
  return root;
}

/**
 * Reads an XML part once, start to end, building only the elements `keep` selects, so a sheet of a
 * million rows is read a row at a time. Markup outside kept elements is checked and passed to
 * `onOpen`; text outside them is skipped.
 *
 * @throws XmlError naming the part, when it is not well-formed or passes a limit.
 * @example
 * const rows: XmlElement[] = [];
 * streamXml(sheetXml, "xl/worksheets/sheet1.xml", { keep: (n) => n === "row", onElement: (r) => rows.push(r) });
 */
export function streamXml(xml: string, part: string, stream: XmlStream, limits: XmlLimits = XML_LIMITS): void {
  new XmlStreamer(xml, part, stream, limits).read();
}

/** The reading of one XML part: the elements open and the kept elements being built. */
class XmlStreamer {
  /** Qualified names of every open element, for matching end tags. */
  private readonly open: string[] = [];
  private readonly building: { name: string; attrs: Record<string, string>; children: XmlNode[] }[] = [];
  private built = 0;
  private seenRoot = false;

  constructor(
    private readonly xml: string,
    private readonly part: string,
    private readonly stream: XmlStream,
    private readonly limits: XmlLimits,
  ) {}

  read(): void {
    const { xml, open } = this;
    const n = xml.length;
    let i = 0;
    while (i < n) {
      const lt = xml.indexOf("<", i);
      const end = lt === -1 ? n : lt;
      if (end > i) {
        if (open.length === 0 && /\S/u.test(xml.slice(i, end))) this.fail("syntax", i, "text outside the root element");
        this.addText(xml.slice(i, end), i);
      }
      if (lt === -1) break;
      i = this.markup(lt);
      if (this.building.length === 0) this.built = 0;
    }
    if (open.length > 0) this.fail("syntax", n, `the document ends inside <${open.at(-1)}>`);
    if (!this.seenRoot) this.fail("syntax", 0, "no root element");
  }

  private fail(kind: XmlError["kind"], at: number, detail: string): never {
    throw new XmlError(kind, this.part, at, detail);
  }

  private addText(raw: string, at: number): void {
    if (this.building.length === 0 || raw === "") return;
    this.checkText(raw, at);
    this.building.at(-1)!.children.push(raw.includes("&") ? decodeEntities(raw, this.part, at) : raw);
  }

  private checkText(text: string, at: number): void {
    const { limits } = this;
    if (text.length > limits.text) this.fail("limit", at, `a text of ${text.length} characters (limit ${limits.text})`);
  }

  /** @returns the index past what it read of the markup at `i`: an instruction, comment, CDATA, end or start tag. */
  private markup(i: number): number {
    const { xml } = this;
    const past = (closing: string, from: number, what: string) => {
      const close = xml.indexOf(closing, from);
      return close === -1 ? this.fail("syntax", i, `an unclosed ${what}`) : close;
    };
    if (xml.startsWith("<?", i)) return past("?>", i + 2, "processing instruction") + 2;
    if (xml.startsWith("<!--", i)) return past("-->", i + 4, "comment") + 3;
    if (xml.startsWith("<![CDATA[", i)) {
      const close = past("]]>", i + 9, "CDATA section");
      if (this.building.length > 0) {
        const text = xml.slice(i + 9, close);
        this.checkText(text, i);
        this.building.at(-1)!.children.push(text);
      }
      return close + 3;
    }
    if (xml.startsWith("<!", i))
      this.fail("syntax", i, "a document type or entity declaration (not read, so no entity is expanded)");
    if (xml.charCodeAt(i + 1) === 47 /* / */) {
      const close = past(">", i + 2, "end tag");
      const name = xml.slice(i + 2, close).trim();
      const expected = this.open.pop();
      if (expected !== name) this.fail("syntax", i, `</${name}> where </${expected ?? "nothing"}> was expected`);
      if (this.building.length > 0) finish(this.building, this.stream);
      return close + 1;
    }
    return this.startTag(i);
  }

  /** Reads a start tag: a kept element (or one inside it) is built, another goes to `onOpen`. @returns the index past it. */
  private startTag(i: number): number {
    const { xml, open, limits, building, stream } = this;
    const close = tagEnd(xml, i + 1);
    if (close === -1) this.fail("syntax", i, "an unclosed tag");
    const selfClosing = xml.charCodeAt(close - 1) === 47;
    const body = xml.slice(i + 1, selfClosing ? close - 1 : close);
    const space = body.search(/\s/u);
    const qname = space === -1 ? body : body.slice(0, space);
    if (qname === "" || /[<>"'=]/u.test(qname))
      this.fail("syntax", i, `a tag with no valid name ("<${body.slice(0, 40)}")`);
    if (open.length === 0 && this.seenRoot) this.fail("syntax", i, "a second root element");
    this.seenRoot = true;
    if (open.length + 1 > limits.depth)
      this.fail("limit", i, `elements nested ${open.length + 1} deep (limit ${limits.depth})`);
    const attrs = space === -1 ? {} : readAttributes(body.slice(space), this.part, i);
    const name = localName(qname);
    if (building.length > 0 || stream.keep(name)) {
      if (++this.built > limits.elements) this.fail("limit", i, `more than ${limits.elements} elements`);
      const element = { name, attrs, children: [] as XmlNode[] };
      building.at(-1)?.children.push(element);
      building.push(element);
      if (selfClosing) finish(building, stream);
    } else {
      stream.onOpen?.(name, attrs, open.length + 1);
    }
    if (!selfClosing) open.push(qname);
    return close + 1;
  }
}

/** Closes the innermost element being built; a kept element that closes goes to `onElement`. */
function finish(building: XmlElement[], stream: XmlStream): void {
  const element = building.pop()!;
  if (building.length === 0) stream.onElement(element);
}

/** @returns the index of the `>` that ends the tag opened before `from`, past quoted values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let k = from; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k;
    else if (c === 60) return -1;
  }
  return -1;
}

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/uy;

/** @returns the attributes of a tag body, by local name (namespace declarations left out). */
function readAttributes(text: string, part: string, at: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  let k = 0;
  while (k < text.length) {
    if (/^\s*$/u.test(text.slice(k))) break;
    ATTRIBUTE.lastIndex = k;
    const m = ATTRIBUTE.exec(text);
    if (!m) throw new XmlError("syntax", part, at, `a malformed attribute ("${text.slice(k, k + 40).trim()}")`);
    k = ATTRIBUTE.lastIndex;
    const qname = m[1]!;
    if (qname === "xmlns" || qname.startsWith("xmlns:")) continue;
    const raw = m[2] ?? m[3] ?? "";
    const name = localName(qname);
    if (!(name in attrs)) attrs[name] = raw.includes("&") ? decodeEntities(raw, part, at) : raw;
  }
  return attrs;
}

const localName = (qname: string) => qname.slice(qname.indexOf(":") + 1);

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** @returns text with XML's five named entities and numeric character references decoded. */
function decodeEntities(text: string, part: string, at: number): string {
  return text.replace(/&([^;&\s]{1,10});/gu, (whole, ref: string) => {
    if (ref in NAMED) return NAMED[ref]!;
    const code = ref.startsWith("#x")
      ? Number.parseInt(ref.slice(2), 16)
      : ref.startsWith("#")
        ? Number(ref.slice(1))
        : NaN;
    if (Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
      return String.fromCodePoint(code);
    throw new XmlError("syntax", part, at, `an unknown entity ${whole}`);
  });
}

/** @returns an element's attribute by local name (`w:val` → `val`), or null. */
export function attr(element: XmlElement, name: string): string | null {
  return element.attrs[name] ?? null;
}

/** @returns the element children of an element whose local name is `name` (all when omitted). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children) if (typeof c !== "string" && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** @returns the first element child named `name`, or undefined. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  for (const c of element.children) if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

/** @returns every descendant element named `name`, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlNode[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") continue;
    if (node.name === name) out.push(node);
    for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
  }
  return out;
}

/** @returns all the text inside an element, in order. */
export function textOf(element: XmlElement): string {
  let text = "";
  const stack: XmlNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") text += node;
    else for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
  }
  return text;
}
