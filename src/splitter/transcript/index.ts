export { decodeTranscript } from './decode';
export { TranscriptError } from './errors';
export { conferenceIdOf, parseTranscriptName } from './file-name';
export { parseTranscript } from './parse';
export type * from '../../shared/transcript/types';
