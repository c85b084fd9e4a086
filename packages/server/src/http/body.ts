import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { ApiError } from '../errors.ts';
import { describeIssues } from '../protocol/commands.ts';

/** Reads a JSON body of at most `limit` bytes; 413 beyond, 415 for another media type, 400 when malformed. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      'Send the body as JSON with Content-Type: application/json.',
    );
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    throw new ApiError(
      413,
      'body_too_large',
      `The body is larger than the limit of ${limit} bytes.`,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        throw new ApiError(
          413,
          'body_too_large',
          `The body is larger than the limit of ${limit} bytes.`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      400,
      'body_unreadable',
      'The body could not be read (the connection was interrupted).',
    );
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    throw new ApiError(400, 'malformed_json', `The body is not valid JSON (${detail}).`);
  }
}

/** Validates with a zod schema; 400 `invalid_body` naming each problem (unknown fields included). */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, code = 'invalid_body'): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, code, describeIssues(result.error));
  return result.data;
}
