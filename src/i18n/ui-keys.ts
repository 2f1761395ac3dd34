// Message keys for values the popup and the reader show, typed against the core's and the message map's
// unions so that a new category or error kind fails to compile until it has a string.
import type { RemovalCategory } from '../core/types';
import type { ErrorKind } from '../messages';
import type { MessageKey } from './t';

export const REMOVAL_CATEGORY_KEYS: Readonly<Record<RemovalCategory, MessageKey>> = {
  ad: 'categoryAd',
  promo: 'categoryPromo',
  video: 'categoryVideo',
  share: 'categoryShare',
  newsletter: 'categoryNewsletter',
  cookie: 'categoryCookie',
  tags: 'categoryTags',
  comments: 'categoryComments',
  'author-bio': 'categoryAuthorBio',
  credit: 'categoryCredit',
  trending: 'categoryTrending',
  related: 'categoryRelated',
  navigation: 'categoryNavigation',
  hidden: 'categoryHidden',
  residue: 'categoryResidue',
  unsafe: 'categoryUnsafe',
};

export const ERROR_KEYS: Readonly<Record<ErrorKind, MessageKey>> = {
  restricted: 'errorRestricted',
  empty: 'errorEmpty',
  'too-large': 'errorTooLarge',
  failed: 'errorFailed',
  'no-tab': 'errorTabGone',
  'bad-request': 'errorInternal',
  internal: 'errorInternal',
};
