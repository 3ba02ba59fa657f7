import type { Locale } from '../lib/i18n/locales';
import type { StorageFailureReason } from './resilient-backend';
import type { SaveConflict, StorageStatus } from './worksheet-store';

/** What the UI tells the user about where their data lives, in both languages. */
interface StorageText {
  memory: Record<StorageFailureReason | 'no_backend', string>;
  notPersisted: string;
  conflict: Record<SaveConflict['reason'], string>;
  changedElsewhere: string;
  removedElsewhere: string;
  unexpected: string;
}

const text: Record<Locale, StorageText> = {
  'zh-CN': {
    memory: {
      unavailable:
        '浏览器不允许本站保存数据（可能开着隐私模式）。你填写的内容只留在这个标签页里，关闭前请先导出。',
      quota_exceeded:
        '浏览器的存储空间满了。新的修改暂时只留在这个标签页里：请先导出，再删掉一些旧的工作表。',
      timeout:
        '浏览器的存储没有响应（可能另一个标签页正在升级它）。修改暂时留在这个标签页里；关掉其他标签页后刷新即可恢复。',
      error: '保存到浏览器时出错。修改暂时留在这个标签页里，关闭前请先导出。',
      no_backend: '这里不保存任何数据：内容只留在这个标签页里。',
    },
    notPersisted: '浏览器在空间紧张时可能清理本站数据，定期导出一份更稳妥。',
    conflict: {
      newer_revision: '这份工作表在另一个标签页里保存了更新的内容。要载入那一版，还是用这里的内容覆盖它？',
      newer_schema: '另一个标签页用更新版本的工具箱保存了这份工作表。请刷新本页面后再编辑，以免覆盖新内容。',
    },
    changedElsewhere: '这份工作表刚在另一个标签页里被修改了。载入最新的内容吗？',
    removedElsewhere: '这份工作表刚在另一个标签页里被删除了。继续编辑会把它重新保存。',
    unexpected: '出了点意外，这次没有保存成功。你的内容还在页面上，请稍后再试或先导出。',
  },
  en: {
    memory: {
      unavailable:
        'This browser won’t let the site store data (private browsing, perhaps). What you type stays in this tab only: export it before closing.',
      quota_exceeded:
        'The browser’s storage is full. New changes stay in this tab only for now: export, then delete some old worksheets.',
      timeout:
        'The browser’s storage isn’t responding (another tab may be upgrading it). Changes stay in this tab for now; close other tabs and reload to recover.',
      error: 'Saving to the browser failed. Changes stay in this tab for now: export them before closing.',
      no_backend: 'Nothing is stored here: what you type stays in this tab only.',
    },
    notPersisted:
      'The browser may clear this site’s data when space runs low; exporting now and then is the safe choice.',
    conflict: {
      newer_revision:
        'This worksheet was saved with newer content in another tab. Load that version, or overwrite it with what’s here?',
      newer_schema:
        'Another tab saved this worksheet with a newer version of the toolkit. Reload this page before editing so the newer content isn’t overwritten.',
    },
    changedElsewhere: 'This worksheet was just changed in another tab. Load the latest version?',
    removedElsewhere: 'This worksheet was just deleted in another tab. Editing on will save it again.',
    unexpected:
      'Something unexpected happened and this change wasn’t saved. Your text is still on the page: try again, or export it first.',
  },
};

/** The banner for the current status, or `undefined` when all is well. */
export function describeStorageStatus(status: StorageStatus, locale: Locale): string | undefined {
  const t = text[locale];
  if (status.mode === 'memory') return t.memory[status.reason ?? 'no_backend'];
  if (status.persisted === false) return t.notPersisted;
  return undefined;
}

export function describeConflict(conflict: Pick<SaveConflict, 'reason'>, locale: Locale): string {
  return text[locale].conflict[conflict.reason];
}

/** The prompt for a worksheet open here that another tab saved or removed. */
export function describeExternalChange(change: { type: 'saved' | 'removed' }, locale: Locale): string {
  return change.type === 'saved' ? text[locale].changedElsewhere : text[locale].removedElsewhere;
}

export function describeUnexpectedError(locale: Locale): string {
  return text[locale].unexpected;
}
