import { describe, expect, it } from 'vitest';
import { testContext } from '../../../tests/support/test-context';
import { restoreDashes } from './em-dash';

const restore = (text: string) => restoreDashes(text, testContext()).text;

describe('em-dash', () => {
  it('reads 棗 between words as the two em dashes it was', () => {
    expect(restore('展現新時代黨員幹部新擔當棗專題黨課講稿')).toBe('展現新時代黨員幹部新擔當——專題黨課講稿');
    expect(restore('堅持以人民爲中心棗這是我們的根本立場')).toBe('堅持以人民爲中心——這是我們的根本立場');
  });

  it('keeps the jujube', () => {
    expect(restore('村裏種植紅棗和核桃，棗樹長勢良好')).toBe('村裏種植紅棗和核桃，棗樹長勢良好');
    expect(restore('发展红枣产业')).toBe('发展红枣产业');
  });
});
