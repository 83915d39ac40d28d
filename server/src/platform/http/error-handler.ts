import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldIssue, type FieldProblem } from '../errors.ts';
import { type MessageKey, t, translateKey } from '../i18n/translate.ts';
import { translateIssue } from '../i18n/validation.ts';

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

function valueAt(root: unknown, path: string[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const CONTEXT_FIELD: Record<string, MessageKey> = {
  body: 'field.body',
  querystring: 'field.query',
  params: 'field.params',
};

function isFieldIssue(value: unknown): value is FieldIssue {
  return typeof value === 'object' && value !== null && 'field' in value && 'key' in value;
}

function send(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const reason = error.reason?.(request.locale);
  const message = t(request.locale, `error.${error.code}`, {
    requestId: request.id,
    ...error.params,
    ...(reason === undefined ? {} : { reason }),
  });
  const body: ErrorBody = { error: { code: error.code, message } };
  if (Array.isArray(error.details)) {
    body.error.details = error.details.map((d: unknown): unknown =>
      isFieldIssue(d)
        ? { field: d.field, message: translateKey(request.locale, d.key, d.params), code: d.key }
        : d,
    );
  } else if (error.details !== undefined) {
    body.error.details = error.details;
  }
  return reply.status(error.status).type('application/json; charset=utf-8').send(body);
}

/** Maps everything thrown to one error shape with a localised message; only our own faults become 5xx. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError | AppError, request, reply) => {
    if (raw instanceof AppError) {
      if (raw.status >= 500) request.log.error({ err: raw.cause ?? raw }, 'application error');
      return send(request, reply, raw);
    }
    if (hasZodFastifySchemaValidationErrors(raw)) {
      const context = raw.validationContext ?? 'body';
      const source =
        context === 'body' ? request.body : context === 'querystring' ? request.query : request.params;
      const details: FieldProblem[] = raw.validation.map((issue) => {
        const path = issue.instancePath.split('/').filter(Boolean);
        return {
          field: path.length > 0 ? path.join('.') : t(request.locale, CONTEXT_FIELD[context] ?? 'field.body'),
          message: translateIssue(request.locale, issue, valueAt(source, path) === undefined),
          code: issue.keyword,
        };
      });
      return send(request, reply, new AppError('VALIDATION_FAILED', { details }));
    }
    const status = raw.statusCode ?? 500;
    switch (raw.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_REQ_FILE_TOO_LARGE':
        return send(
          request,
          reply,
          new AppError('PAYLOAD_TOO_LARGE', { params: { limit: `${app.initialConfig.bodyLimit} B` } }),
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
        return send(request, reply, new AppError('UNSUPPORTED_MEDIA_TYPE'));
    }
    if (status === 429) return send(request, reply, new AppError('RATE_LIMITED'));
    if (status === 413) {
      return send(
        request,
        reply,
        new AppError('PAYLOAD_TOO_LARGE', { params: { limit: `${app.initialConfig.bodyLimit} B` } }),
      );
    }
    if (status === 415) return send(request, reply, new AppError('UNSUPPORTED_MEDIA_TYPE'));
    if (status >= 400 && status < 500) {
      return send(request, reply, new AppError('MALFORMED_REQUEST', { details: { reason: raw.message } }));
    }
    request.log.error({ err: raw }, 'unhandled error');
    return send(request, reply, new AppError('INTERNAL'));
  });
}
