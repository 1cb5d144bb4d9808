// The first-run page, opened once when GovMark is installed: on a short demo article, what
// GovMark paints by itself and the three things the reader does (highlight, note, track), with
// the ways to the options page and the library. It asks the browser to keep GovMark's data and
// shows the answer. The demo text is GovMark's own.
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n/lang';
import { useLang } from '../common/lang-context';
import { PersistentStorage } from '../common/PersistentStorage';

function openPage(path: '/options.html' | '/dashboard.html') {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
}

export function WelcomeApp() {
  const lang = useLang();
  return (
    <main class="welcome" data-ready="">
      <h1>{t('welcomeTitle', lang)}</h1>
      <p>{t('welcomeIntro', lang)}</p>
      <figure class="demo-article" aria-label={t('welcomeDemoLabel', lang)}>
        <h2 class="demo-title">UBND tỉnh họp bàn giải ngân vốn đầu tư công</h2>
        <p>
          Chiều <span class="demo-paint demo-date">12/3</span>, Chủ tịch UBND tỉnh chủ trì cuộc họp về tiến độ giải ngân
          vốn đầu tư công. Đến hết tháng 2, toàn tỉnh mới giải ngân{' '}
          <span class="demo-paint demo-figure">320 tỷ đồng</span>, đạt <span class="demo-paint demo-figure">18%</span>{' '}
          kế hoạch năm.
        </p>
        <p>
          <mark class="demo-highlight">
            <span class="demo-paint demo-directive">
              Chủ tịch UBND tỉnh giao Sở Tài chính rà soát các dự án chậm tiến độ, báo cáo UBND tỉnh trước ngày{' '}
              <span class="demo-paint demo-deadline">30/4/2025</span>
            </span>
          </mark>
          .
        </p>
        <div class="demo-toolbar" aria-hidden="true">
          <span class="demo-button">{t('highlight', lang)}</span>
          <span class="demo-button">{t('addNote', lang)}</span>
          <span class="demo-button">{t('trackTask', lang)}</span>
        </div>
      </figure>
      <ol class="welcome-steps">
        <li>
          <strong>{t('welcomePaintedTitle', lang)}</strong> {t('welcomePainted', lang)}
        </li>
        <li>
          <strong>{t('welcomeHighlightTitle', lang)}</strong> {t('welcomeHighlight', lang)}
        </li>
        <li>
          <strong>{t('welcomeNoteTitle', lang)}</strong> {t('welcomeNote', lang)}
        </li>
        <li>
          <strong>{t('welcomeTrackTitle', lang)}</strong> {t('welcomeTrack', lang)}
        </li>
      </ol>
      <PersistentStorage askOnOpen />
      <div class="button-row">
        <button type="button" onClick={() => openPage('/options.html')}>
          {t('openOptions', lang)}
        </button>
        <button type="button" onClick={() => openPage('/dashboard.html')}>
          {t('openDashboard', lang)}
        </button>
      </div>
    </main>
  );
}
