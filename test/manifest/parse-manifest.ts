/** Offline reading of an add-in-only manifest for the tests: elements, attributes and resid lookups. */
import { XMLParser } from "fast-xml-parser";

/** One element: attributes under "@_name", children as arrays, text under "#text". */
export type XmlNode = Record<string, unknown>;

export function parseManifest(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true, // bt:Image → Image, xsi:type → type
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute, // every element is an array: uniform walks
    parseAttributeValue: false,
    parseTagValue: false,
  });
  const doc = parser.parse(xml) as XmlNode;
  return (doc.OfficeApp as XmlNode[])[0];
}

export function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** The children reached by a path of element names (all matches at every step). */
export function path(node: XmlNode, ...names: string[]): XmlNode[] {
  return names.reduce<XmlNode[]>((nodes, name) => nodes.flatMap((n) => children(n, name)), [node]);
}

export function attr(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

/** Every element anywhere below node, with its name. */
export function* descendants(node: XmlNode): Generator<[string, XmlNode]> {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_") || key === "#text" || !Array.isArray(value)) continue;
    for (const child of value as XmlNode[]) {
      if (typeof child !== "object" || child === null) continue;
      yield [key, child];
      yield* descendants(child);
    }
  }
}

/** id → DefaultValue of every resource (images, urls, short and long strings). */
export function resources(app: XmlNode): Map<string, string> {
  const found = new Map<string, string>();
  for (const res of path(app, "VersionOverrides", "Resources")) {
    for (const [, node] of descendants(res)) {
      const id = attr(node, "id");
      const value = attr(node, "DefaultValue");
      if (id !== undefined && value !== undefined) found.set(id, value);
    }
  }
  return found;
}

/** The Workbook host of the VersionOverrides. */
export function workbookHost(app: XmlNode): XmlNode {
  const host = path(app, "VersionOverrides", "Hosts", "Host").find((h) => attr(h, "type") === "Workbook");
  if (!host) throw new Error("manifest has no VersionOverrides Workbook host");
  return host;
}

/** Text of the first child element called name ("" when absent). */
export function textOf(node: XmlNode, name: string): string {
  const first = (node[name] as unknown[] | undefined)?.[0];
  if (typeof first === "string") return first;
  if (typeof first === "object" && first !== null) return String((first as XmlNode)["#text"] ?? "");
  return "";
}
