import { render } from 'preact';
import { createPopupBackend } from '../../components/popup/popup-backend';
import { Popup } from '../../components/popup/Popup';
import '../author-cards.content/style.css';
import './style.css';

render(<Popup backend={createPopupBackend()} />, document.getElementById('app')!);
