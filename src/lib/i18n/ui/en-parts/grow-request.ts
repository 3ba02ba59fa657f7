import type { zhGrowRequest } from '../zh-CN-parts/grow-request';

/**
 * What the question generator's API (`POST /api/grow-questions`) says about a bad request
 * (keys start with `grow.request.`): field names, value types and one sentence per problem.
 * `{field}` is the field's path with its name.
 */
export const enGrowRequest: Record<keyof typeof zhGrowRequest, string> = {
  'grow.request.field.locale': 'language',
  'grow.request.field.prep': 'prep sheet',
  'grow.request.field.perStage': 'questions per stage',
  'grow.request.field.mode': 'mode',
  'grow.request.field.topics': 'topics',
  'grow.request.field.wins': 'things that went best',
  'grow.request.field.puzzles': 'puzzles',
  'grow.request.field.supportNeeded': 'support needed',
  'grow.request.field.metrics': 'key metrics',
  'grow.request.field.projects': 'projects',
  'grow.request.field.name': 'name',
  'grow.request.field.previous': 'previous value',
  'grow.request.field.current': 'current value',
  'grow.request.field.target': 'target value',
  'grow.request.field.progress': 'progress',
  'grow.request.type.string': 'a string',
  'grow.request.type.number': 'a number',
  'grow.request.type.int': 'an integer',
  'grow.request.type.array': 'a list',
  'grow.request.type.object': 'an object',
  'grow.request.type.boolean': 'true or false',
  'grow.request.wholeRequest': 'the request body',
  'grow.request.invalidRequest': 'The request is invalid.',
  'grow.request.required': 'The field {field} is required.',
  'grow.request.wrongType': 'The field {field} must be {expected}.',
  'grow.request.empty': 'The field {field} must not be empty.',
  'grow.request.tooFewItems.one': 'The field {field} needs at least {min} item.',
  'grow.request.tooFewItems.other': 'The field {field} needs at least {min} items.',
  'grow.request.tooSmall': 'The field {field} must be at least {min}.',
  'grow.request.tooLong': 'The field {field} must be at most {max} characters.',
  'grow.request.tooManyItems': 'The field {field} allows at most {max} items.',
  'grow.request.tooBig': 'The field {field} must be at most {max}.',
  'grow.request.oneOf': 'The field {field} must be one of {allowed}.',
  'grow.request.unknownKeys': 'Unknown field: {keys}.',
  'grow.request.invalid': 'The field {field} is invalid.',
};
