/**
 * Schema v2 upgrade: v1's one-row-per-code `codes` and `terms` tables become bucketed `codeBlocks`
 * and `termBlocks`. Contexts: wherever the database opens (background, extension pages).
 * Frozen once released: never edit; a later change is a new version.
 */
import type { Transaction } from 'dexie';
import type { CodeEntry, System, TermSource } from '@/lib/classification/model';
import { bucketOf } from '../buckets';

/** v1 rows, as v1 stored them. */
type V1Code = CodeEntry & { releaseId: string };
interface V1TermGroup {
  releaseId: string;
  system: System;
  code: string;
  terms: { text: string; source: TermSource }[];
}

export async function upgradeToBuckets(tx: Transaction): Promise<void> {
  const codeBlocks = new Map<
    string,
    { releaseId: string; bucket: string; system: System; codes: CodeEntry[] }
  >();
  for (const { releaseId, ...code } of (await tx.table('codes').toArray()) as V1Code[]) {
    const bucket = bucketOf(code.code);
    const key = `${releaseId}\u0000${bucket}`;
    let row = codeBlocks.get(key);
    if (!row) codeBlocks.set(key, (row = { releaseId, bucket, system: code.system, codes: [] }));
    row.codes.push(code);
  }
  const termBlocks = new Map<
    string,
    { releaseId: string; bucket: string; system: System; terms: Record<string, V1TermGroup['terms']> }
  >();
  for (const group of (await tx.table('terms').toArray()) as V1TermGroup[]) {
    const bucket = bucketOf(group.code);
    const key = `${group.releaseId}\u0000${bucket}`;
    let row = termBlocks.get(key);
    if (!row)
      termBlocks.set(key, (row = { releaseId: group.releaseId, bucket, system: group.system, terms: {} }));
    row.terms[group.code] = group.terms;
  }
  await tx.table('codeBlocks').bulkPut([...codeBlocks.values()]);
  await tx.table('termBlocks').bulkPut([...termBlocks.values()]);
}
