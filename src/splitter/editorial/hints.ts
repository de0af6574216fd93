import type { SpeakerHints } from '../transcript/pieces';
import type { Editorial } from '../../shared/editorial/schema';

/** Give what the transcript parser needs to know from a conference's editorial data. */
export function hintsOf(editorial: Editorial): SpeakerHints {
  return {
    hosts: editorial.hosts,
    speakers: editorial.speakers,
    notSpeakers: editorial.notSpeakers,
    headings: editorial.headings,
    drop: editorial.drop,
    questionStarts: editorial.questionStarts,
    notQuestions: editorial.notQuestions,
    ...(editorial.dropFrom ? { dropFrom: editorial.dropFrom } : {}),
  };
}
