/**
 * Reads the Consolidated List XML into the project's model. Input is checked in three steps, each
 * failing with the file, the line and the reason: the bytes must be UTF-8, the text well-formed XML,
 * and every element one the format defines (schema.ts) in the place it belongs.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SanctionsInputError } from './errors.ts';
import type { ConsolidatedList, SanctionsEntry } from './model.ts';
import { ENTITY_FIELDS, INDIVIDUAL_FIELDS, type EntryField } from './schema.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: () => true,
});

/** 1-based line of a byte or character offset. */
function lineAt(text: string | Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if ((typeof text === 'string' ? text.charCodeAt(i) : text[i]) === 10) line += 1;
  }
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Decodes bytes as UTF-8, failing with the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstBadUtf8(bytes);
    const shown = at >= 0 ? `0x${bytes[at]!.toString(16).padStart(2, '0')}` : 'a byte';
    throw new SanctionsInputError(
      file,
      `not valid UTF-8 (byte ${shown}; the list must be UTF-8)`,
      lineAt(bytes, Math.max(at, 0)),
    );
  }
}

function lineOfTag(text: string, tag: string): number | undefined {
  const re = new RegExp(`<${tag}[\\s/>]`);
  const m = re.exec(text);
  return m ? lineAt(text, m.index) : undefined;
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** Children of an element node (string = no element children). */
function childrenOf(node: unknown): Node | undefined {
  return typeof node === 'object' && node !== null ? (node as Node) : undefined;
}

class Reader {
  readonly text: string;
  readonly file: string;
  constructor(text: string, file: string) {
    this.text = text;
    this.file = file;
  }

  fail(reason: string, tag?: string): never {
    throw new SanctionsInputError(this.file, reason, tag ? lineOfTag(this.text, tag) : undefined);
  }

  /** Checks that an element has only the allowed children and no stray text. */
  checkChildren(node: Node, where: string, allowed: ReadonlySet<string>): void {
    for (const key of Object.keys(node)) {
      if (key === '#text') {
        if (
          !isBlank(node[key]) &&
          !(Array.isArray(node[key]) && (node[key] as unknown[]).every(isBlank))
        ) {
          this.fail(`unexpected text inside <${where}>`, where);
        }
      } else if (key.startsWith('@_')) {
        this.fail(`unexpected attribute ${key.slice(2)} on <${where}>`, where);
      } else if (!allowed.has(key)) {
        this.fail(`unknown element <${key}> inside <${where}>`, key);
      }
    }
  }

  textOf(value: unknown, tag: string): string {
    if (typeof value === 'string') return value;
    const node = childrenOf(value);
    if (node && Object.keys(node).every((k) => k === '#text')) {
      const t = node['#text'];
      return Array.isArray(t) ? t.join('') : String(t ?? '');
    }
    return this.fail(`<${tag}> must contain text, not elements`, tag);
  }

  single(node: Node, tag: string): string | undefined {
    const v = node[tag];
    if (v === undefined) return undefined;
    const list = v as unknown[];
    if (list.length !== 1) this.fail(`<${tag}> appears ${list.length} times in one entry`, tag);
    return this.textOf(list[0], tag);
  }

  entry(raw: unknown, kind: 'individual' | 'entity'): SanctionsEntry {
    const tag = kind === 'individual' ? 'INDIVIDUAL' : 'ENTITY';
    const fields = kind === 'individual' ? INDIVIDUAL_FIELDS : ENTITY_FIELDS;
    const node = childrenOf(raw) ?? {};
    if (!childrenOf(raw) && !isBlank(raw)) this.fail(`<${tag}> must contain elements`, tag);
    this.checkChildren(node, tag, new Set(fields.map((f) => f.tag)));
    const entry: Record<string, unknown> = {
      kind,
      aliases: [],
      addresses: [],
      datesOfBirth: [],
      placesOfBirth: [],
      documents: [],
    };
    for (const field of fields) this.field(node, field, entry);
    return entry as unknown as SanctionsEntry;
  }

  field(node: Node, field: EntryField, into: Record<string, unknown>): void {
    const items = node[field.tag] as unknown[] | undefined;
    if (items === undefined) return;
    if (field.type === 'text') {
      into[field.key] = this.single(node, field.tag);
      return;
    }
    if (field.type === 'values') {
      if (items.length !== 1)
        this.fail(`<${field.tag}> appears ${items.length} times in one entry`, field.tag);
      const inner = childrenOf(items[0]);
      if (!inner) {
        if (!isBlank(items[0])) this.fail(`<${field.tag}> must hold <VALUE> elements`, field.tag);
        into[field.key] = [];
        return;
      }
      this.checkChildren(inner, field.tag, new Set(['VALUE']));
      into[field.key] = ((inner['VALUE'] as unknown[] | undefined) ?? []).map((v) =>
        this.textOf(v, 'VALUE'),
      );
      return;
    }
    const allowed = new Set(field.fields.map(([t]) => t));
    into[field.key] = items.map((item) => {
      const record: Record<string, string> = {};
      const inner = childrenOf(item);
      if (!inner) {
        if (!isBlank(item)) this.fail(`<${field.tag}> must contain elements`, field.tag);
        return record;
      }
      this.checkChildren(inner, field.tag, allowed);
      for (const [tag, key] of field.fields) {
        const v = this.single(inner, tag);
        if (v !== undefined) record[key] = v;
      }
      return record;
    });
  }
}

/** Parses the text of a Consolidated List XML file. `file` names it in errors. */
export function parseConsolidatedXml(
  input: string | Uint8Array,
  file = '<input>',
): ConsolidatedList {
  const text = typeof input === 'string' ? input : decodeUtf8(input, file);
  if (text.trim() === '') throw new SanctionsInputError(file, 'the file is empty', 1);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new SanctionsInputError(file, `malformed XML: ${valid.err.msg}`, valid.err.line);
  }
  const doc = parser.parse(text) as Node;
  const r = new Reader(text, file);
  const roots = Object.keys(doc).filter((k) => k !== '#text' && !k.startsWith('?'));
  if (roots.length !== 1 || roots[0] !== 'CONSOLIDATED_LIST') {
    r.fail(
      `the root element must be <CONSOLIDATED_LIST>, found ${roots.map((k) => `<${k}>`).join(', ') || 'none'}`,
      roots[0],
    );
  }
  const rootRaw = (doc['CONSOLIDATED_LIST'] as unknown[])[0];
  const root = childrenOf(rootRaw) ?? {};
  const attributes: [string, string][] = [];
  for (const [k, v] of Object.entries(root)) {
    if (k.startsWith('@_')) attributes.push([k.slice(2), String(v)]);
  }
  const body: Node = Object.fromEntries(Object.entries(root).filter(([k]) => !k.startsWith('@_')));
  r.checkChildren(body, 'CONSOLIDATED_LIST', new Set(['INDIVIDUALS', 'ENTITIES']));
  const section = (
    tag: string,
    itemTag: string,
    kind: 'individual' | 'entity',
  ): SanctionsEntry[] => {
    const sections = (body[tag] as unknown[] | undefined) ?? [];
    if (sections.length > 1) r.fail(`<${tag}> appears ${sections.length} times`, tag);
    const inner = childrenOf(sections[0]);
    if (!inner) return [];
    r.checkChildren(inner, tag, new Set([itemTag]));
    return ((inner[itemTag] as unknown[] | undefined) ?? []).map((e) => r.entry(e, kind));
  };
  return {
    attributes,
    individuals: section('INDIVIDUALS', 'INDIVIDUAL', 'individual'),
    entities: section('ENTITIES', 'ENTITY', 'entity'),
  };
}
