// Every property test runs on a fixed seed, so a red run is red again on the next try; set FC_SEED
// to explore others. fast-check names the seed (and the path to the counterexample) when one fails.
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20_261_206);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${process.env.FC_SEED}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
