// The keyboard shortcuts as the browser has them now (the reader may have changed them), and
// the way to the browser's own page for changing them.
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../utils/i18n/lang';
import type { MessageKey } from '../../utils/i18n/messages';
import { useLang } from '../common/lang-context';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/**
 * The manifest's commands in the reader's chosen language (the browser describes them in its
 * own); a command without an entry here shows the browser's description.
 */
const COMMAND_LABELS: Record<string, MessageKey> = { 'highlight-selection': 'cmdHighlight' };

function commandLabel(name: string, description: string, lang: Lang): string {
  const key = COMMAND_LABELS[name];
  return key ? t(key, lang) : description;
}

/** Chrome and Firefox each keep their shortcut settings on a page of their own. */
export function shortcutSettingsUrl(userAgent: string = globalThis.navigator?.userAgent ?? ''): string {
  return /Firefox\//.test(userAgent) ? 'about:addons' : 'chrome://extensions/shortcuts';
}

export function ShortcutsSection() {
  const lang = useLang();
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    void browser.commands.getAll().then((commands) =>
      setShortcuts(
        commands
          // Chrome lists the toolbar button's own command too, without a description.
          .filter((command) => command.name && command.description)
          .map((command) => ({
            name: command.name ?? '',
            description: command.description ?? '',
            shortcut: command.shortcut ?? '',
          })),
      ),
    );
  }, []);
  const settingsUrl = shortcutSettingsUrl();
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('optionsShortcuts', lang)}</h2>
      {shortcuts && (
        <table class="shortcuts" data-shortcuts="">
          <tbody>
            {shortcuts.map((command) => (
              <tr key={command.name}>
                <td>{commandLabel(command.name, command.description, lang)}</td>
                <td>
                  {command.shortcut ? (
                    <kbd>{command.shortcut}</kbd>
                  ) : (
                    <span class="muted">{t('shortcutNotSet', lang)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a
          href={settingsUrl}
          onClick={(event) => {
            // Browser pages open only through the tabs API, not from a link.
            event.preventDefault();
            void browser.tabs.create({ url: settingsUrl });
          }}
        >
          {t('changeShortcuts', lang)}
        </a>
      </p>
    </section>
  );
}
