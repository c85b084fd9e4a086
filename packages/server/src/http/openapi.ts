/** The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. Request schemas come from zod. */
import { z } from 'zod';
import {
  commandRequestSchema,
  createSessionSchema,
  issueLinkSchema,
} from '../protocol/commands.ts';

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const error = { $ref: '#/components/schemas/Error' };
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [String(s), { description: ERROR_TEXT[s] ?? 'Error', ...json(error) }]),
  );
const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed JSON, unknown or invalid fields (code malformed_json, invalid_body, invalid_query)',
  401: 'Missing, unknown or revoked key (unauthorized, key_revoked)',
  403: 'The key may not do this (read_only, chair_only, not_your_delegation, not_allowed)',
  404: 'No such session or resource',
  409: 'The engine rejected the command in the current state, or the commandId was reused for another command',
  413: 'Body larger than the limit',
  415: 'Body is not application/json',
  422: 'The session could not be started as asked',
};
const sessionId = { name: 'sessionId', in: 'path', required: true, schema: { type: 'string' } };
const wireEvent = {
  type: 'object',
  required: ['version', 'event', 'recordedAt'],
  properties: {
    version: { type: 'integer', description: "1-based position in the session's stream" },
    event: { type: 'object', description: 'An engine event: { type, data, meta }' },
    recordedAt: { type: 'string', format: 'date-time' },
  },
};
const link = {
  type: 'object',
  required: ['keyId', 'role', 'secret', 'link'],
  properties: {
    keyId: { type: 'string' },
    role: { enum: ['chair', 'delegation', 'observer', 'projector'] },
    member: { type: 'string' },
    secret: { type: 'string', description: 'Shown once; the server stores only its SHA-256' },
    link: { type: 'string', description: 'The web app address carrying the secret' },
  },
};

export function openApiDocument(queries: readonly string[]): unknown {
  const toSchema = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Council server',
      version: '1',
      description:
        'Live Security Council sessions. Authenticate with the secret of a session link: `Authorization: Bearer <secret>`. ' +
        'WebSocket: GET /api/sessions/{sessionId}/live?key=<secret>&after=<version> streams ' +
        '`{type:"events", events:[...]}` frames (every event after `after`, once, in order), then `{type:"ready", version}` ' +
        'after the catch-up; clients may send `{type:"command", commandId, command}` and get `{type:"result"|"error", commandId, ...}`.',
    },
    components: {
      securitySchemes: { sessionKey: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { type: 'string' },
            message: { type: 'string' },
            ruleId: { type: 'string' },
          },
        },
        WireEvent: wireEvent,
        Link: link,
        CreateSession: toSchema(createSessionSchema),
        CommandRequest: toSchema(commandRequestSchema),
        IssueLink: toSchema(issueLinkSchema),
      },
    },
    paths: {
      '/api/health': {
        get: {
          summary: 'Ready check',
          responses: { '200': { description: 'The server is ready' } },
        },
      },
      '/api/sessions': {
        post: {
          summary:
            'Create a session (the Council on a date, or a custom body); returns the chair link',
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/CreateSession' }) },
          responses: {
            '201': {
              description: 'Created',
              ...json({
                type: 'object',
                properties: {
                  sessionId: { type: 'string' },
                  version: { type: 'integer' },
                  chair: link,
                },
              }),
            },
            ...errors(400, 413, 415, 422),
          },
        },
      },
      '/api/sessions/{sessionId}': {
        get: {
          summary: 'Join: who this key is in the session',
          security: [{ sessionKey: [] }],
          parameters: [sessionId],
          responses: {
            '200': { description: 'The key’s role, member and the session version' },
            ...errors(401),
          },
        },
      },
      '/api/sessions/{sessionId}/state': {
        get: {
          summary: 'The session state folded from its events',
          security: [{ sessionKey: [] }],
          parameters: [sessionId],
          responses: { '200': { description: '{ sessionId, version, state }' }, ...errors(401) },
        },
      },
      '/api/sessions/{sessionId}/events': {
        get: {
          summary: 'Events after a position',
          security: [{ sessionKey: [] }],
          parameters: [
            sessionId,
            { name: 'after', in: 'query', schema: { type: 'integer', minimum: 0 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 5000 } },
          ],
          responses: {
            '200': {
              description: '{ sessionId, version, events }',
              ...json({
                type: 'object',
                properties: {
                  version: { type: 'integer' },
                  events: { type: 'array', items: wireEvent },
                },
              }),
            },
            ...errors(400, 401),
          },
        },
      },
      '/api/sessions/{sessionId}/commands': {
        post: {
          summary:
            'Send a command; the server stamps time, id and sender. Retrying the same commandId is safe.',
          security: [{ sessionKey: [] }],
          parameters: [sessionId],
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/CommandRequest' }) },
          responses: {
            '200': {
              description: '{ ok: true, duplicate, version, events }',
              ...json({
                type: 'object',
                properties: {
                  ok: { const: true },
                  duplicate: { type: 'boolean' },
                  version: { type: 'integer' },
                  events: { type: 'array', items: wireEvent },
                },
              }),
            },
            ...errors(400, 401, 403, 409, 413, 415),
          },
        },
      },
      '/api/sessions/{sessionId}/links': {
        get: {
          summary: 'Chair: every link issued (secrets are not kept)',
          security: [{ sessionKey: [] }],
          parameters: [sessionId],
          responses: { '200': { description: '{ links }' }, ...errors(401, 403) },
        },
        post: {
          summary:
            'Chair: issue a delegation, observer or projector link (reissuing a delegation or projector link revokes the old one)',
          security: [{ sessionKey: [] }],
          parameters: [sessionId],
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/IssueLink' }) },
          responses: { '201': { description: 'Issued', ...json(link) }, ...errors(400, 401, 403) },
        },
      },
      '/api/sessions/{sessionId}/links/{keyId}': {
        delete: {
          summary: 'Chair: revoke a link',
          security: [{ sessionKey: [] }],
          parameters: [
            sessionId,
            { name: 'keyId', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'Revoked' }, ...errors(401, 403, 404) },
        },
      },
      ...Object.fromEntries(
        queries.map((q) => [
          `/api/${q}`,
          {
            get: {
              summary: `Read-only query: ${q}`,
              responses: { '200': { description: 'JSON' }, ...errors(400) },
            },
          },
        ]),
      ),
    },
  };
}
