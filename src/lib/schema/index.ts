/**
 * Our validator, with zod/mini's API for the subset the browser schemas use: write
 * `import * as z from '.'` and the schema reads as it did with zod/mini. Server and
 * build-time code keeps zod (JSON Schema for the model, content collections).
 */
export { maxLength, maximum, minLength, minimum, refine, regex, superRefine, trim } from './checks';
export type { IssueInput, RefinementContext } from './checks';
export { Schema, SchemaError } from './core';
export type { AnySchema, Check, infer, input, Issue, output, SafeParseResult } from './core';
export * as iso from './iso';
export { array, boolean, enum, int, literal, number, object, strictObject, string, union } from './schemas';
export { _default, nullable, optional, prefault } from './wrappers';
export type { StringSchema } from './schemas';
