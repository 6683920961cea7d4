/** A booth's inbox link in /studio, with the count of its new inquiries (the badge) once known. */
import './i18n.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loadUnread } from './inboxApi.ts';

export function InboxLink({ boothId }: { boothId: string }) {
  const { t } = useTranslation('inquiryInbox');
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void loadUnread(boothId).then((n) => {
      if (live) setCount(n);
    });
    return () => {
      live = false;
    };
  }, [boothId]);
  return (
    <Link to={`/studio/booths/${encodeURIComponent(boothId)}/inquiries`} className="inquiry-inbox__link">
      {count ? t('openWithNew', { count }) : t('open')}
    </Link>
  );
}

