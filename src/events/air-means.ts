// "Our jets bombed the hills", "aircraft struck targets in the hills", "the airstrikes of 15 January": a strike or a
// bombing whose doers are aircraft is an attack from the air, whatever verb tells it. Comparing tellings, it is the
// means an airstrike names (CAMEO 195), so three tellings of one air raid are not kept apart by their verbs.
import { MANNED_AIRCRAFT } from '../classify/vocabulary.js';

/** CAMEO code of an attack from the air. */
export const AIR_ATTACK = '195';
/** Attacks told by a verb of no particular means: a strike, an attack (190), a bombing (183). */
const GENERIC = new Set(['190', '183']);
/** Aircraft, drones excepted (a drone's strike is coded as the drone's, not as an air raid's). */
const CRAFT = `(?:${MANNED_AIRCRAFT}|air\\s+force)`;

/**
 * The means by which tellings of an attack are compared: an attack told by a strike or bombing verb whose subject is
 * aircraft ("jets bombed", "military aircraft struck") or whose agent is ("were bombed by government jets") is an attack
 * from the air; any other keeps its code.
 */
export function attackMeans(quote: string, cue: string, cameo: string): string {
  if (!GENERIC.has(cameo) || !cue) return cameo;
  const c = cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The craft heads the subject, at most two words before the verb ("jets bombed", "aircraft also struck"; not "the
  // plane was attacked", where it is the target), or follows it as its agent ("bombed by two jets", "struck by
  // government aircraft").
  const active = new RegExp(`\\b${CRAFT}(?:\\s+(?!(?:was|were|is|are|be|been|being|got|gets)\\b)[a-z]+){0,2}?\\s+${c}\\b`, 'i');
  const passive = new RegExp(`\\b${c}\\s+by\\s+(?:[\\w'’-]+\\s+){0,3}?${CRAFT}\\b`, 'i');
  return active.test(quote) || passive.test(quote) ? AIR_ATTACK : cameo;
}
