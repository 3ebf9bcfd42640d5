/**
 * The per-article stage code, as one module: the geoparser's loader and the function that turns
 * an article into its places and events. stageBundle.ts bundles this file (with articleWorker.ts)
 * into plain JavaScript, so the main thread and the workers load it as one module instead of the
 * ~1,100 TypeScript and package modules it is made of.
 */
export { loadGeoparser } from '../geoparse/loadGeoparser.ts';
export { tryProcessArticle } from '../corpus/processArticle.ts';
