/**
 * Writes the model back as Consolidated List XML, laid out like the official download (four-space
 * indentation, empty elements self-closed, single-quoted attributes, no final newline).
 */
import type { ConsolidatedList, SanctionsEntry } from './model.ts';
import { ENTITY_FIELDS, INDIVIDUAL_FIELDS, type EntryField } from './schema.ts';

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/'/g, '&apos;');
}

function leaf(out: string[], indent: string, tag: string, value: string): void {
  out.push(value === '' ? `${indent}<${tag}/>` : `${indent}<${tag}>${escapeText(value)}</${tag}>`);
}

function writeField(out: string[], entry: SanctionsEntry, field: EntryField, indent: string): void {
  const value = (entry as unknown as Record<string, unknown>)[field.key];
  if (value === undefined) return;
  const inner = `${indent}    `;
  if (field.type === 'text') {
    leaf(out, indent, field.tag, value as string);
  } else if (field.type === 'values') {
    const list = value as string[];
    if (list.length === 0) {
      out.push(`${indent}<${field.tag}/>`);
      return;
    }
    out.push(`${indent}<${field.tag}>`);
    for (const v of list) leaf(out, inner, 'VALUE', v);
    out.push(`${indent}</${field.tag}>`);
  } else {
    for (const record of value as Record<string, string | undefined>[]) {
      const present = field.fields.filter(([, key]) => record[key] !== undefined);
      if (present.length === 0) {
        out.push(`${indent}<${field.tag}/>`);
        continue;
      }
      out.push(`${indent}<${field.tag}>`);
      for (const [tag, key] of present) leaf(out, inner, tag, record[key] as string);
      out.push(`${indent}</${field.tag}>`);
    }
  }
}

function writeEntry(out: string[], entry: SanctionsEntry): void {
  const tag = entry.kind === 'individual' ? 'INDIVIDUAL' : 'ENTITY';
  const fields = entry.kind === 'individual' ? INDIVIDUAL_FIELDS : ENTITY_FIELDS;
  out.push(`        <${tag}>`);
  for (const field of fields) writeField(out, entry, field, '            ');
  out.push(`        </${tag}>`);
}

/** The XML text of a list. */
export function toConsolidatedXml(list: ConsolidatedList): string {
  const out: string[] = [`<?xml version='1.0' encoding='UTF-8'?>`];
  const attrs = list.attributes.map(([k, v]) => ` ${k}='${escapeAttr(v)}'`).join('');
  out.push(`<CONSOLIDATED_LIST${attrs}>`);
  for (const [section, entries] of [
    ['INDIVIDUALS', list.individuals],
    ['ENTITIES', list.entities],
  ] as const) {
    if (entries.length === 0) {
      out.push(`    <${section}/>`);
      continue;
    }
    out.push(`    <${section}>`);
    for (const e of entries) writeEntry(out, e);
    out.push(`    </${section}>`);
  }
  out.push('</CONSOLIDATED_LIST>');
  return out.join('\n');
}
