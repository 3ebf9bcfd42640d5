/**
 * The corpus assembly and serialisation code, as one module for stageBundle.ts to bundle: under
 * tsx, importing it module by module (zod, the schema, the packer) cost ~0.3–0.6 s of a rebuild,
 * against ~0.2 s for the bundle.
 */
export { assembleCorpus } from '../corpus/assembleCorpus.ts';
export { checked, corpusText, packChecked, serializeCorpus } from '../corpus/serializeCorpus.ts';
export { canSplice, spliceCorpus } from '../corpus/spliceCorpus.ts';
