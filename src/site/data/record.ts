import { scripts, type Script } from '../../shared/content/schema';
import type { RecordConference, RecordQuestion } from '../lib/record/facts';
import { outletRecords, questionOutlet, type OutletRecord } from '../lib/record/outlets';
import { regionRecords, type RegionRecord } from '../lib/record/regions';
import { assignSlugs } from '../lib/record/slugs';
import { speakerRecords, type SpeakerRecord } from '../lib/record/speakers';
import { twinNames } from '../lib/record/twin-names';
import { outletPath, regionPath, speakerPath } from '../../shared/paths';
import { conferencesIn, questionsByConference } from './archive';

/** The record across conferences in one script: every speaker, outlet and region named, and where each one's page is. */
export interface ScriptRecord {
  /** Speakers by the name they are filed under, in code-point order of it. */
  speakers: Map<string, SpeakerRecord>;
  /** Outlets by the name they are filed under, in code-point order of it. */
  outlets: Map<string, OutletRecord>;
  /** Countries and regions named, by code in code-point order. */
  regions: Map<string, RegionRecord>;
  /** Give the path of the page of the speaker a name printed in this script names, if they have one (or of a block of it). */
  speakerHref: (name: string, block?: number | null) => string | undefined;
  /** Give the path of the page of the outlet a question's `outlet` names, if it has one (or of a block of it). */
  outletHref: (printed: string | undefined, block?: number | null) => string | undefined;
  /** Give the path of the page of a region by its code, if some question names it (or of a block of it). */
  regionHref: (code: string, block?: number | null) => string | undefined;
}

let records: Promise<Record<Script, ScriptRecord>> | undefined;

/** Give the record of both scripts, gathered once a build: both are needed to file traditional names under simplified ones. */
export function archiveRecords(): Promise<Record<Script, ScriptRecord>> {
  records ??= gather();
  return records;
}

/** Read every conference and question of both scripts and gather their records, slugs made from the simplified names. */
async function gather(): Promise<Record<Script, ScriptRecord>> {
  const facts = Object.fromEntries(
    await Promise.all(
      scripts.map(async (script) => {
        const [conferences, grouped] = await Promise.all([conferencesIn(script), questionsByConference(script)]);
        const questions: RecordQuestion[] = [...grouped.values()].flat().map((entry) => entry.data);
        return [script, { conferences: conferences.map((entry): RecordConference => entry.data), questions }] as const;
      }),
    ),
  ) as Record<Script, { conferences: RecordConference[]; questions: RecordQuestion[] }>;
  const filed = facts['zh-Hans'];
  const identity = (name: string) => name;
  const speakerSlugs = assignSlugs(speakerRecords(filed.conferences, filed.questions, identity).keys());
  const outletSlugs = assignSlugs(outletRecords(filed.questions, identity, identity).keys());
  const result = {} as Record<Script, ScriptRecord>;
  for (const script of scripts) {
    const { conferences, questions } = facts[script];
    const keys = script === 'zh-Hans' ? undefined : twinKeys(filed, facts[script]);
    const speakerKeyOf = keys ? (name: string) => keys.speakers.get(name) ?? name : identity;
    const outletKeyOf = keys ? (name: string) => keys.outlets.get(name) ?? name : identity;
    const speakers = speakerRecords(conferences, questions, speakerKeyOf);
    const outlets = outletRecords(questions, outletKeyOf, speakerKeyOf);
    const speakerHref = (name: string, block?: number | null) => {
      const slug = speakerSlugs.get(speakerKeyOf(name));
      return slug && speakers.has(speakerKeyOf(name)) ? speakerPath(script, slug, block) : undefined;
    };
    const outletHref = (printed: string | undefined, block?: number | null) => {
      const name = questionOutlet({ outlet: printed });
      const slug = name === undefined ? undefined : outletSlugs.get(outletKeyOf(name));
      return slug ? outletPath(script, slug, block) : undefined;
    };
    const regions = regionRecords(questions);
    const regionHref = (code: string, block?: number | null) => (regions.has(code) ? regionPath(script, code, block) : undefined);
    result[script] = { speakers, outlets, regions, speakerHref, outletHref, regionHref };
  }
  return result;
}

/** File a script's names under the simplified ones, by pairing each conference and question with its simplified twin. */
function twinKeys(
  filed: { conferences: RecordConference[]; questions: RecordQuestion[] },
  printed: { conferences: RecordConference[]; questions: RecordQuestion[] },
): { speakers: Map<string, string>; outlets: Map<string, string> } {
  const conferences = new Map(filed.conferences.map((conference) => [conference.conference, conference]));
  const questions = new Map(filed.questions.map((question) => [`${question.conference}/${question.number}`, question]));
  const speakerPairs: [string[], string[]][] = [];
  const outletPairs: [string[], string[]][] = [];
  for (const conference of printed.conferences) {
    const twin = conferences.get(conference.conference);
    if (!twin) continue;
    speakerPairs.push([twin.hosts, conference.hosts], [twin.officials, conference.officials]);
  }
  for (const question of printed.questions) {
    const twin = questions.get(`${question.conference}/${question.number}`);
    if (!twin) continue;
    speakerPairs.push([twin.answerers, question.answerers]);
    const [from, to] = [questionOutlet(twin), questionOutlet(question)];
    if (from && to) outletPairs.push([[from], [to]]);
  }
  return { speakers: twinNames(speakerPairs), outlets: twinNames(outletPairs) };
}
