// Every string the user reads, in Simplified Chinese, from one place.
export { zh } from './zh-CN.ts';
