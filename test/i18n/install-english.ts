// Loaded by vitest.config.ts before every test file: t() reads the English catalogue, as in a browser
// with an English UI (the bundles carry no catalogue of their own).
import { setMessageSource } from '../../src/i18n/t';
import { englishSource } from './english-source';

setMessageSource(englishSource);
