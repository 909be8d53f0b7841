// The briefing generator's public surface: build a docx Document, or the .docx bytes.
export { buildBriefingDocument } from './document.ts';
export { DOCX_MIME, packBriefing, packDocument } from './pack.ts';
export { BRIEFING_TEMPLATES, COMPACT_TEMPLATE, GONGWEN_TEMPLATE, type BriefingTemplate } from './templates.ts';
export { chaptersOf, upcomingDeadlines, type Chapter, type UpcomingDeadline } from './content.ts';
export { keyPoints, noticePoints, type KeyPoint, type PointLabel, type PointLine } from './points.ts';
