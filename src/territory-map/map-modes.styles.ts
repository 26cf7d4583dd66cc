/**
 * <territory-map> in forced colours (Windows high contrast) and print. After the other sheets: these rules
 * override theirs at the same specificity.
 */
import { css } from 'lit';

export const mapModeStyles = css`
  /* Windows high contrast: the data colours stay (they carry the figures), every line turns to a system colour. */
  @media (forced-colors: active) {
    svg,
    .swatch {
      forced-color-adjust: none;
    }
    .area,
    .context-area {
      stroke: CanvasText;
    }
    .region-borders,
    .inset,
    .swatch {
      stroke: CanvasText;
      border-color: CanvasText;
    }
    .hatch-ground {
      fill: Canvas;
    }
    .hatch .hatch-line,
    .dots .hatch-line {
      fill: CanvasText;
    }
    .context-area {
      fill: Canvas;
    }
    .outline.focused,
    .outline.selected,
    .outline.pointed {
      stroke: Highlight;
    }
    .labels text,
    .inset-name {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker {
      stroke: Canvas;
    }
    .frame {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    svg,
    .swatch {
      print-color-adjust: exact;
    }
    .actions {
      display: none;
    }
  }
`;
