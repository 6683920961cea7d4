import { studioEn } from '../../shared/i18n/studio-en.ts';
import { studioKo } from '../../shared/i18n/studio-ko.ts';
import { addNamespace } from '../account/i18n.ts';

addNamespace('studio', studioKo, studioEn);
