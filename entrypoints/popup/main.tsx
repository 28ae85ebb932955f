import { render } from 'preact';
import { createPopupBackend } from '../../components/popup/popup-backend';
import { Popup } from '../../components/popup/Popup';
import '../../components/card/card.css';
import '../../components/page-theme.css';
import './style.css';

const pinnedTab = Number(new URLSearchParams(location.search).get('tab') ?? Number.NaN);
render(
  <Popup backend={createPopupBackend(Number.isInteger(pinnedTab) ? pinnedTab : undefined)} />,
  document.getElementById('app')!,
);
