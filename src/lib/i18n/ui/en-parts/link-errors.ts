import type { zhLinkErrors } from '../zh-CN-parts/link-errors';

/** Why a pre-filled or encrypted link did not open (keys start with `error.prefill.`, `error.sealed.`). */
export const enLinkErrors: Record<keyof typeof zhLinkErrors, string> = {
  'error.prefill.not_prefill': 'This address carries no pre-filled content, so a blank worksheet was opened.',
  'error.prefill.unsupported_version':
    "This pre-filled link uses a format ({version}) from another version of the toolkit that this page cannot read. Nothing was loaded; below is a blank worksheet. Ask the person who sent it to make it again with this site's link builder.",
  'error.prefill.corrupted':
    'This pre-filled link is incomplete or was changed while being copied or forwarded (its checksum does not match). Nothing was loaded; below is a blank worksheet. Copy the whole link again and open it, or ask the person who sent it for a fresh one.',
  'error.prefill.too_large.link':
    'This pre-filled link is too long ({length} characters; the limit is {limit}). Nothing was loaded; below is a blank worksheet. Ask the person who sent it to shorten the example and make the link again.',
  'error.prefill.too_large.payload':
    'This pre-filled link unpacks into far more than any worksheet holds. Nothing was loaded; below is a blank worksheet. Ask the person who sent it to shorten the example and make the link again.',
  'error.prefill.invalid_worksheet':
    'The worksheet in this pre-filled link is not valid: {reason} Nothing was loaded; below is a blank worksheet. Ask the person who sent it to check the example and make the link again.',
  'error.sealed.not_sealed':
    'This address holds no encrypted worksheet link (the part after # is missing, or it was not made by this toolkit). Nothing was saved. Paste the whole link you received into the address bar and open it.',
  'error.sealed.unsupported_version.newer':
    'This link was made by a newer version of the toolkit (format {version}) than this page can read. Nothing was saved. Reload to get the latest version and open it again; if that doesn’t help, ask the sender to make it again.',
  'error.sealed.unsupported_version.older':
    'This link uses a format ({version}) this page cannot read. Nothing was saved. Ask the sender to make it again.',
  'error.sealed.corrupted':
    'This link is incomplete or was changed while being copied or forwarded (its checksum does not match). Nothing was saved. Copy the whole link again; if that doesn’t help, ask the sender for a fresh one.',
  'error.sealed.too_large.link':
    'This link is too long ({length} characters; the limit is {limit}). Nothing was saved. Ask the sender to shorten the worksheet, or to send an export file instead.',
  'error.sealed.too_large.payload':
    'This link unpacks into far more than any worksheet holds. Nothing was saved. Ask the sender for an export file instead.',
  'error.sealed.invalid_worksheet':
    'The worksheet in this link is not valid: {reason} Nothing was saved. Ask the sender to check it and make the link again.',
  'error.sealed.wrong_passphrase':
    'That passphrase does not open this link. Nothing was saved. Check it (capitals and spaces count) and try again.',
  'error.sealed.tampered':
    'This link was altered: its checksum matches, but the key in it does not open the content. Nothing was saved. Check with the sender in person and ask for a new link.',
  'error.sealed.no_crypto':
    'This browser offers no encryption at this address (usually because the site is not on HTTPS). Nothing was saved. Open the site over HTTPS, or use a current browser.',
};
