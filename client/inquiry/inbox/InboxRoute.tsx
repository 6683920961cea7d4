/**
 * /studio/booths/:id/inquiries: a booth's inquiries, newest first, for its members (and staff);
 * /admin/inquiries: every inquiry of the permanent fair for staff (SOS consulting included), for
 * their priority-purchase reports. Made for a phone: one card per inquiry, its contact as
 * tel:/mailto: links, its status a select that saves at once, and the whole inbox as a CSV for
 * Excel. What visitors wrote is React text: never HTML.
 */
import './i18n.ts';
import '../i18n.ts';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { INQUIRY_STATUSES, type InquiryRow, type InquiryStatus } from '../../../shared/api/inquiry.ts';
import type { Account } from '../../../shared/api/account.ts';
import { findBooth } from '../../../shared/catalogue/booths.ts';
import { Pending, PrivatePage } from '../../account/PrivatePage.tsx';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { csvHref, fairCsvHref, loadFairInbox, loadInbox, setStatus, type Loaded } from './inboxApi.ts';
import '../inquiry.css';

function kstTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(iso));
}

/** The permanent exhibition: the fair staff report on (the only one until dated fairs exist). */
const PERMANENT_FAIR_ID = 1;

function InquiryCard({ row, where, onStatus }: { row: InquiryRow; where: string | null; onStatus(status: InquiryStatus): void }) {
  const { t } = useTranslation('inquiryInbox');
  const { t: ti } = useTranslation('inquiry');
  const { t: tf } = useTranslation('inquiryForm');
  const { lang } = useLang();
  const selectId = `inquiry-status-${row.id}`;
  const p = row.purchase;
  return (
    <li className={`card inquiry-inbox__item inquiry-inbox__item--${row.status}`}>
      <h2 className="card__title">
        {ti(`kind_${row.kind}`)} · <span className="inquiry-inbox__reference">{row.reference}</span>
      </h2>
      <dl className="inquiry-inbox__facts">
        {where !== null ? (
          <div>
            <dt>{t('booth')}</dt>
            <dd>{where}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('received')}</dt>
          <dd>
            <time dateTime={row.createdAt}>{kstTime(row.createdAt, lang)}</time>
          </dd>
        </div>
        {row.erasedAt === null ? (
          <>
            <div>
              <dt>{t('name')}</dt>
              <dd>{row.name}</dd>
            </div>
            <div>
              <dt>{t('contact')}</dt>
              <dd>{row.email ? <a href={`mailto:${row.email}`}>{row.email}</a> : row.phone ? <a href={`tel:${row.phone.replace(/-/g, '')}`}>{row.phone}</a> : null}</dd>
            </div>
            {p ? (
              <>
                <div>
                  <dt>{tf('organisation')}</dt>
                  <dd>{p.organisation}</dd>
                </div>
                <div>
                  <dt>{tf('purpose')}</dt>
                  <dd>{p.purpose}</dd>
                </div>
                {p.quantity !== undefined ? (
                  <div>
                    <dt>{tf('quantity')}</dt>
                    <dd>{p.quantity.toLocaleString(lang)}</dd>
                  </div>
                ) : null}
                {p.budgetWon !== undefined ? (
                  <div>
                    <dt>{tf('budget')}</dt>
                    <dd>{p.budgetWon.toLocaleString(lang)}</dd>
                  </div>
                ) : null}
                {p.wantedBy !== undefined ? (
                  <div>
                    <dt>{tf('wantedBy')}</dt>
                    <dd>{p.wantedBy}</dd>
                  </div>
                ) : null}
              </>
            ) : null}
            <div>
              <dt>{t('deleteAfter')}</dt>
              <dd>
                <time dateTime={row.deleteAfter}>{kstTime(row.deleteAfter, lang)}</time>
              </dd>
            </div>
          </>
        ) : null}
      </dl>
      {row.erasedAt === null ? <p className="inquiry-inbox__message">{row.message}</p> : <p className="notice">{t('erased')}</p>}
      <div className="inquiry-inbox__status">
        <label htmlFor={selectId}>{t('status')}</label>
        <select id={selectId} value={row.status} onChange={(e) => onStatus(e.target.value as InquiryStatus)}>
          {INQUIRY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ti(`status_${s}`)}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}

interface InboxBodyProps {
  load(): Promise<Loaded<InquiryRow[]>>;
  csv: string;
  /** Where each inquiry was sent (the fair's inbox), or null (a booth's own). */
  whereOf: ((row: InquiryRow) => string) | null;
}

/** An inbox under its page's heading: what it is for, the CSV, the cards. */
function InboxBody({ load, csv, whereOf }: InboxBodyProps) {
  const { t } = useTranslation('inquiryInbox');
  const { t: ti } = useTranslation('inquiry');
  const [inbox, setInbox] = useState<Loaded<InquiryRow[]> | null>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    let live = true;
    void load().then((r) => {
      if (live) setInbox(r);
    });
    return () => {
      live = false;
    };
  }, [load]);

  const changeStatus = async (row: InquiryRow, status: InquiryStatus) => {
    const r = await setStatus(row.id, status);
    if (!r.ok) return setSaid(t('saveFailed'));
    setInbox((prev) => (prev?.ok ? { ok: true, data: prev.data.map((q) => (q.id === row.id ? r.data : q)) } : prev));
    setSaid(t('saved', { reference: row.reference, status: ti(`status_${status}`) }));
  };

  return (
    <>
      <p className="lead">{t('lead')}</p>
      <p>{t('privacyNote')}</p>
      {inbox === null ? <Pending text={t('loading')} /> : null}
      {inbox && !inbox.ok ? <p className="notice">{inbox.status === 403 ? t('forbidden') : t('failed')}</p> : null}
      {inbox?.ok ? (
        <>
          <p>
            <a className="button button--secondary" href={csv} download>
              {t('csv')}
            </a>
          </p>
          <p className="visually-hidden" role="status">
            {said}
          </p>
          {inbox.data.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <ul className="cards inquiry-inbox">
              {inbox.data.map((row) => (
                <InquiryCard key={row.id} row={row} where={whereOf ? whereOf(row) : null} onStatus={(s) => void changeStatus(row, s)} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}

/** /studio/booths/:id/inquiries */
export function InboxRoute({ me }: { me: Account }) {
  const { t } = useTranslation('inquiryInbox');
  const { l } = useLang();
  const boothId = useParams().id ?? '';
  const venue = useCatalogue();
  const booth = venue.status === 'ready' ? findBooth(venue.catalogue, boothId) : undefined;
  const title = booth ? t('titleOf', { booth: l(booth.summary.title) }) : t('title');
  const load = useCallback(() => loadInbox(boothId), [boothId]);
  return (
    <PrivatePage title={title} account={me}>
      <p>
        <Link to="/studio">{t('back')}</Link>
      </p>
      <h1>{title}</h1>
      <InboxBody load={load} csv={csvHref(boothId)} whereOf={null} />
    </PrivatePage>
  );
}

/**
 * /admin/inquiries' content (the admin shell gives the frame, the menu and the heading, and lets
 * staff only in; the API refuses anyone else too): every inquiry of the permanent fair.
 */
export function FairInbox() {
  const { l } = useLang();
  const venue = useCatalogue();
  const load = useCallback(() => loadFairInbox(PERMANENT_FAIR_ID), []);
  const whereOf = (row: InquiryRow): string => {
    if (venue.status !== 'ready') return row.boothId ?? '';
    if (row.boothId === null) return `${l(venue.catalogue.center.name)} (SOS)`;
    const booth = findBooth(venue.catalogue, row.boothId);
    return booth ? l(booth.summary.title) : row.boothId;
  };
  return <InboxBody load={load} csv={fairCsvHref(PERMANENT_FAIR_ID)} whereOf={whereOf} />;
}
