// The reader's side panel: the notice's particulars (文号, 发文机关, dates, every deadline
// with whose it is and days left, category; 需核对 on the fields the parser was unsure of), the clients it is tagged to (tagged and untagged here), its
// links, attachments, contacts, the documents it cites and the notices citing it
// (政策关系), and the bulletins it came from.
import type { ReactNode } from 'react';
import type { Contact } from '../../../shared/model/notice.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Icon, type IconName, bulletinLabel, formatTimestamp, todayIso } from '../../ui/index.ts';
import { deadlinesOf } from '../../../shared/model/deadlines.ts';
import type { ReviewField } from '../../../shared/model/notice.ts';
import { NoticeDeadlines } from './NoticeDeadlines.tsx';
import type { NoticeDetail } from './useNoticeDetail.ts';
import { openLink } from '../../core/index.ts';
import { ReaderClients } from './ReaderClients.tsx';
import { CitedByList, CitedList } from './RelationLists.tsx';
import type { LinkedRelations } from '../../data/library/index.ts';

export function NoticeMeta({ detail, relations }: { detail: NoticeDetail; relations: LinkedRelations | null }) {
  const { notice, sources, tags } = detail;
  const check = (field: ReviewField): boolean => notice.review?.includes(field) ?? false;
  return (
    <aside className="reader-meta" aria-label={zh.reader.metadata}>
      <dl className="meta-list">
        <MetaRow label={zh.reader.docNumber}>{notice.docNumber ?? zh.common.none}</MetaRow>
        <MetaRow label={zh.reader.agencies} toCheck={check('agencies')}>
          {notice.agencies.length > 0 ? (
            <ul className="meta-agencies">
              {notice.agencies.map((agency) => (
                <li key={agency}>{agency}</li>
              ))}
            </ul>
          ) : (
            zh.common.none
          )}
        </MetaRow>
        <MetaRow label={zh.reader.date} toCheck={check('date')}>
          {notice.date ?? zh.common.none}
        </MetaRow>
        <MetaRow label={zh.reader.deadline}>
          <NoticeDeadlines deadlines={deadlinesOf(notice)} today={todayIso()} />
        </MetaRow>
        <MetaRow label={zh.reader.category}>
          <span className="chip chip-accent">{notice.category}</span>
        </MetaRow>
      </dl>

      <MetaSection title={zh.reader.clients} icon="users">
        <ReaderClients noticeId={notice.id} noticeTitle={notice.title} tags={tags} />
      </MetaSection>

      {notice.url ? (
        <MetaSection title={zh.reader.relatedLink} icon="link">
          <LinkButton url={notice.url} />
        </MetaSection>
      ) : null}

      {notice.links.length > 0 ? (
        <MetaSection title={zh.reader.otherLinks} icon="external">
          <ul className="meta-items">
            {notice.links.map((url) => (
              <li key={url}>
                <LinkButton url={url} />
              </li>
            ))}
          </ul>
        </MetaSection>
      ) : null}

      {notice.attachments.length > 0 ? (
        <MetaSection title={zh.reader.attachments} icon="paperclip">
          <ul className="meta-items">
            {notice.attachments.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </MetaSection>
      ) : null}

      {notice.contacts.length > 0 ? (
        <MetaSection title={zh.reader.contacts} icon="user">
          <ul className="meta-items contacts">
            {notice.contacts.map((contact, index) => (
              <ContactCard key={index} contact={contact} />
            ))}
          </ul>
        </MetaSection>
      ) : null}

      {relations ? (
        <>
          <MetaSection title={zh.relations.cites} icon="file">
            <CitedList relations={relations} />
          </MetaSection>
          <MetaSection title={zh.relations.citedBy} icon="link">
            <CitedByList relations={relations} />
          </MetaSection>
        </>
      ) : null}

      <MetaSection title={zh.reader.sources} icon="library">
        <ul className="meta-items">
          {sources.map((bulletin) => (
            <li key={bulletin.id} className="source">
              <span className="source-name">{bulletinLabel(bulletin)}</span>
              <span className="muted source-detail">
                {`${bulletin.fileName} · `}
                {zh.reader.sourceImported(formatTimestamp(bulletin.importedAt))}
              </span>
            </li>
          ))}
        </ul>
      </MetaSection>

    </aside>
  );
}

function MetaRow({ label, toCheck = false, children }: { label: string; toCheck?: boolean; children: ReactNode }) {
  return (
    <div className={toCheck ? 'meta-row to-check' : 'meta-row'}>
      <dt>
        {label}
        {toCheck ? <span className="meta-check">{zh.reader.review.fieldMark}</span> : null}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function MetaSection({ title, icon, children }: { title: string; icon: IconName; children: ReactNode }) {
  return (
    <section className="meta-section" aria-label={title}>
      <h3 className="meta-title">
        <Icon name={icon} size={13} />
        {title}
      </h3>
      {children}
    </section>
  );
}

function LinkButton({ url }: { url: string }) {
  return (
    <button type="button" className="link-button meta-link" onClick={() => openLink(url)} aria-label={zh.reader.openLink(url)} title={url}>
      {url}
    </button>
  );
}

function ContactCard({ contact }: { contact: Contact }) {
  return (
    <li className="contact">
      {contact.name ? <span className="contact-name">{contact.name}</span> : null}
      {contact.unit ? <span className={contact.name ? 'muted' : 'contact-name'}>{contact.unit}</span> : null}
      {contact.phone ? (
        <span className="contact-line">
          <Icon name="phone" size={12} />
          <span className="visually-hidden">{zh.reader.contactPhone}</span>
          {contact.phone}
        </span>
      ) : null}
      {contact.email ? (
        <span className="contact-line">
          <Icon name="mail" size={12} />
          <span className="visually-hidden">{zh.reader.contactEmail}</span>
          {contact.email}
        </span>
      ) : null}
    </li>
  );
}
