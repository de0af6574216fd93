/**
 * CSL-JSON as the CSL 1.0.2 specification defines it, for the variables our citations use: an
 * array of items, each with an id and an item type, names as name objects, dates as date-parts,
 * and no variable the specification does not name.
 * @see https://docs.citationstyles.org/en/stable/specification.html#appendix-iv-variables
 */
const name = {
  type: 'object',
  properties: { family: { type: 'string' }, given: { type: 'string' }, literal: { type: 'string' } },
  additionalProperties: false,
  minProperties: 1,
};
const date = {
  type: 'object',
  properties: {
    'date-parts': {
      type: 'array',
      minItems: 1,
      maxItems: 2,
      items: { type: 'array', minItems: 1, maxItems: 3, items: { type: ['string', 'number'] } },
    },
  },
  required: ['date-parts'],
  additionalProperties: false,
};
const text = { type: 'string', minLength: 1, pattern: '^[^\\n\\r\\u2028\\u2029]*$' };

export const cslDataSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'array',
  items: {
    type: 'object',
    properties: {
      id: { type: ['string', 'number'] },
      type: {
        enum: [
          'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic',
          'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic',
          'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet',
          'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation',
          'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage',
        ],
      },
      author: { type: 'array', minItems: 1, items: name },
      issued: date,
      accessed: date,
      title: text,
      genre: text,
      'event-title': text,
      'container-title': text,
      publisher: text,
      URL: { type: 'string', pattern: '^https?://[^\\s]+$' },
      language: text,
    },
    required: ['id', 'type'],
    additionalProperties: false,
  },
} as const;
