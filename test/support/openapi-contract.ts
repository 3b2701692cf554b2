import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';

/**
 * Checks real responses against the published OpenAPI document: the status must be documented for the operation,
 * the content type must be one it lists, and the body must validate against its schema, strictly (a property the
 * document does not name is an error, so an undocumented field cannot slip in).
 */
type Schema = Record<string, unknown>;
type Document = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
};

/** OpenAPI 3.0 schema → JSON Schema draft-07 (nullable, boolean exclusiveMinimum), closed objects. */
function toJsonSchema(schema: unknown, insideAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s));
  if (!schema || typeof schema !== 'object') return schema;
  const s = { ...(schema as Schema) };
  if (typeof s.$ref === 'string') return { $ref: s.$ref.replace('#/components/schemas/', 'schema:') };
  for (const key of ['properties', 'patternProperties'] as const) {
    if (s[key]) {
      s[key] = Object.fromEntries(
        Object.entries(s[key] as Record<string, unknown>).map(([k, v]) => [k, toJsonSchema(v)]),
      );
    }
  }
  if (s.items) s.items = toJsonSchema(s.items);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    s.additionalProperties = toJsonSchema(s.additionalProperties);
  }
  for (const key of ['oneOf', 'anyOf'] as const) if (s[key]) s[key] = toJsonSchema(s[key]);
  if (s.allOf) s.allOf = (s.allOf as unknown[]).map((x) => toJsonSchema(x, true));
  if (typeof s.exclusiveMinimum === 'boolean') {
    if (s.exclusiveMinimum) s.exclusiveMinimum = s.minimum;
    else delete s.exclusiveMinimum;
    if (s.exclusiveMinimum !== undefined) delete s.minimum;
  }
  if (s.nullable === true && s.allOf) {
    // A nullable reference (`nullable` beside `allOf: [$ref]`): null, or the referenced schema.
    delete s.nullable;
    delete s.type;
    return { anyOf: [{ type: 'null' }, toJsonSchema(s, insideAllOf)] };
  }
  if (s.nullable === true) {
    delete s.nullable;
    if (typeof s.type === 'string') s.type = [s.type, 'null'];
    if (Array.isArray(s.enum)) s.enum = [...(s.enum as unknown[]), null];
  }
  // Closed objects, except the parts of an allOf (each names only some of the properties).
  if (s.type === 'object' && s.properties && s.additionalProperties === undefined && !insideAllOf) {
    s.additionalProperties = false;
  }
  for (const key of ['example', 'examples', 'xml', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly']) {
    delete s[key];
  }
  return s;
}

export class OpenApiContract {
  /** Every `method path` of the document. */
  readonly operations: string[];
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly validators = new Map<string, ValidateFunction>();
  /** Every `method path status` a test has seen answered as documented. */
  readonly seen = new Set<string>();

  constructor(private readonly document: Document) {
    this.operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    addFormats(this.ajv);
    for (const format of ['binary', 'password']) this.ajv.addFormat(format, true);
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      this.ajv.addSchema(toJsonSchema(schema) as Schema, `schema:${name}`);
    }
  }

  /** Fails (with what differs) unless `res` is documented for `method path` and its body matches the schema. */
  check(method: string, path: string, res: Response): void {
    const operation = this.document.paths[path]?.[method];
    if (!operation) throw new Error(`${method} ${path} is not in the document`);
    const response = operation.responses[String(res.status)];
    if (!response) {
      throw new Error(
        `${method} ${path} answered ${res.status}, which is not documented (${JSON.stringify(res.body).slice(0, 300)})`,
      );
    }
    const contentType = String(res.headers['content-type'] ?? '').split(';')[0];
    const media = response.content?.[contentType];
    if (!media) {
      const listed = Object.keys(response.content ?? {});
      if (listed.length === 0 && (res.status === 204 || !res.text)) return this.mark(method, path, res);
      throw new Error(
        `${method} ${path} ${res.status}: content type ${contentType} is not among ${listed.join(', ')}`,
      );
    }
    if (media.schema && contentType.includes('json')) {
      const key = `${method} ${path} ${res.status} ${contentType}`;
      let validate = this.validators.get(key);
      if (!validate) {
        validate = this.ajv.compile(toJsonSchema(media.schema) as Schema);
        this.validators.set(key, validate);
      }
      if (!validate(res.body)) {
        throw new Error(
          `${key}: the body does not match the document: ${(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('; ')}\n` +
            JSON.stringify(res.body).slice(0, 500),
        );
      }
    }
    this.mark(method, path, res);
  }

  /** Operations of the document no test has called yet. */
  unchecked(): string[] {
    const called = new Set([...this.seen].map((s) => s.split(' ').slice(0, 2).join(' ')));
    return this.operations.filter((o) => !called.has(o));
  }

  private mark(method: string, path: string, res: Response): void {
    this.seen.add(`${method} ${path} ${res.status}`);
  }
}
