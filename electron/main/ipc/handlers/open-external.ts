import { openExternalLink } from '../../external-links.ts';
import type { RequestHandler } from '../register.ts';

/** 相关链接 and other links: the system browser, for checked http(s) links only. */
export const openExternal: RequestHandler<'openExternal'> = ({ url }, { window }) => openExternalLink(url, window);
