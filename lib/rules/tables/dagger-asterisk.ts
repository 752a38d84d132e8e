/**
 * Curated dagger/asterisk pairs. Pure data; any context.
 *
 * The bundled release flags asterisk codes reliably, but its dagger flags and partner lists are an
 * approximation (TRUD sample plus ICD-10-CM "code first" notes): `G30` lists `F02` instead of
 * `F00`, `E11.3` has no partners, `H28.0` names no dagger. This table gives, for the pairs the
 * checks must get right, which aetiology codes an asterisk code may follow and which asterisk a
 * dagger expects. Source: ICD-10 Volume 1 (WHO 2016) dagger/asterisk entries at each category;
 * `E1x.7` (multiple complications) is followed by each manifestation in UK coding.
 */

export interface AsteriskPair {
  /** The asterisk (manifestation) codes. */
  asterisk: readonly string[];
  /** Aetiology codes the asterisk may directly follow. */
  aetiology: readonly string[];
  /**
   * The dagger codes that always take one of these asterisks (warn when absent); empty when the
   * asterisk is optional.
   */
  requiredAfter: readonly string[];
  /** A 1:1 map for a mechanical fix: dagger -> asterisk and asterisk -> dagger. */
  pairs?: Readonly<Record<string, string>>;
}

const E1X = (fourth: string): string[] => ['E10', 'E11', 'E12', 'E13', 'E14'].map((c) => `${c}.${fourth}`);
/** Every E1x.<fourth> dagger takes the one asterisk code. */
const E1X_TO = (fourth: string, asterisk: string): Record<string, string> =>
  Object.fromEntries(E1X(fourth).map((d) => [d, asterisk]));

export const ASTERISK_PAIRS: readonly AsteriskPair[] = [
  {
    // Dementia in Alzheimer's disease: F00.-* with G30.-†, 4th characters matching.
    asterisk: ['F00'],
    aetiology: ['G30'],
    requiredAfter: ['G30'],
    pairs: { 'G30.0': 'F00.0', 'G30.1': 'F00.1', 'G30.8': 'F00.2', 'G30.9': 'F00.9' },
  },
  {
    asterisk: ['N08.3'],
    aetiology: [...E1X('2'), ...E1X('7')],
    requiredAfter: E1X('2'),
    pairs: E1X_TO('2', 'N08.3'),
  },
  { asterisk: ['H28.0', 'H36.0'], aetiology: [...E1X('3'), ...E1X('7')], requiredAfter: E1X('3') },
  {
    asterisk: ['G59.0', 'G63.2', 'G73.0', 'G99.0'],
    aetiology: [...E1X('4'), ...E1X('7')],
    requiredAfter: E1X('4'),
  },
  {
    asterisk: ['I79.2'],
    aetiology: [...E1X('5'), ...E1X('7')],
    requiredAfter: E1X('5'),
    pairs: E1X_TO('5', 'I79.2'),
  },
  { asterisk: ['M14.2', 'M14.6'], aetiology: [...E1X('6'), ...E1X('7')], requiredAfter: [] },
  // Anaemia in neoplastic disease follows the neoplasm; in CKD, the N18 code.
  { asterisk: ['D63.0'], aetiology: ['C00-D48'], requiredAfter: [] },
  { asterisk: ['D63.1'], aetiology: ['N18', 'I12', 'I13'], requiredAfter: [] },
];
