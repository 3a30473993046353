// OpenAPI 3.0's `nullable` and annotations, translated to JSON Schema Ajv can enforce.
import { describe, expect, it } from 'vitest';
import { convertSchema } from './openapi/dialect.ts';
import { buildSpecIndex } from './openapi/spec-index.ts';

describe('OpenAPI 3.0 dialect', () => {
  it('turns nullable into a type array and lets null into an enum', () => {
    expect(convertSchema({ type: 'string', nullable: true, enum: ['completed', 'not_planned'], example: 'x' })).toEqual(
      {
        type: ['string', 'null'],
        enum: ['completed', 'not_planned', null],
      },
    );
  });

  it('wraps composed nullable schemas instead of widening their type', () => {
    expect(convertSchema({ nullable: true, allOf: [{ $ref: '#/components/schemas/milestone' }] })).toEqual({
      anyOf: [{ type: 'null' }, { allOf: [{ $ref: '#/components/schemas/milestone' }] }],
    });
  });

  it('keeps validation keywords in nested schemas and drops annotations and numeric formats', () => {
    const converted = convertSchema({
      type: 'object',
      description: 'An issue',
      'x-github-breaking-changes': [],
      required: ['id'],
      properties: {
        id: { type: 'integer', format: 'int64', readOnly: true },
        url: { type: 'string', format: 'uri' },
        tags: { type: 'array', items: { type: 'string', nullable: true }, maxItems: 3 },
      },
      additionalProperties: false,
    });
    expect(converted).toEqual({
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'integer' },
        url: { type: 'string', format: 'uri' },
        tags: { type: 'array', items: { type: ['string', 'null'] }, maxItems: 3 },
      },
      additionalProperties: false,
    });
  });

  it('indexes operations with parameters and bodies resolved out of components', () => {
    const index = buildSpecIndex({
      info: { version: '1' },
      paths: {
        '/things/{id}': {
          parameters: [{ $ref: '#/components/parameters/id' }],
          patch: {
            operationId: 'things/update',
            parameters: [{ name: 'dry_run', in: 'query', schema: { type: 'boolean' } }],
            requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
            responses: { '200': { $ref: '#/components/responses/thing' }, '204': { description: 'No content' } },
          },
        },
      },
      components: {
        parameters: { id: { name: 'id', in: 'path', required: true, schema: { type: 'integer' } } },
        responses: { thing: { content: { 'application/json': { schema: { $ref: '#/components/schemas/thing' } } } } },
        schemas: { thing: { type: 'object', nullable: true } },
      },
    });
    expect(index.operations).toEqual([
      {
        method: 'patch',
        template: '/things/{id}',
        operationId: 'things/update',
        pathParams: {
          type: 'object',
          properties: { id: { type: 'integer' } },
          required: ['id'],
          additionalProperties: false,
        },
        queryParams: {
          type: 'object',
          properties: { dry_run: { type: 'boolean' } },
          required: [],
          additionalProperties: false,
        },
        requestBody: { required: true, content: { 'application/json': { type: 'object' } } },
        responses: { '200': { 'application/json': { $ref: '#/components/schemas/thing' } }, '204': {} },
      },
    ]);
    expect(index.components.schemas['thing']).toEqual({ type: ['object', 'null'] });
  });
});
