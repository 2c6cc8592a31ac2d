// The operator console: keeps the operator's token in this tab only (sessionStorage), calls the gateway's
// /ops API with it and renders the answers. Every value goes in through textContent, never as HTML.
(function () {
    'use strict';

    const TOKEN_KEY = 'clinic.ops.token';
    const REFRESH_MS = 10000;
    const $ = (id) => document.getElementById(id);

    function token() {
        return sessionStorage.getItem(TOKEN_KEY);
    }

    function say(text, isError) {
        $('message').textContent = text;
        $('message').className = isError ? 'error' : '';
    }

    async function call(method, path) {
        const response = await fetch(path, {
            method: method,
            headers: { 'Authorization': 'Bearer ' + token(), 'Accept': 'application/json' }
        });
        if (!response.ok) {
            let detail = response.status + ' ' + response.statusText;
            try {
                const problem = await response.json();
                detail = problem.title + (problem.detail ? ': ' + problem.detail : '');
            } catch (ignored) {
                // Not a problem document: the status line says enough.
            }
            const error = new Error(detail);
            error.status = response.status;
            throw error;
        }
        return response.json();
    }

    function cell(row, text, className) {
        const td = document.createElement('td');
        td.textContent = text === null || text === undefined ? 'n/a' : String(text);
        if (className) {
            td.className = className;
        }
        row.appendChild(td);
        return td;
    }

    function fill(tableId, items, render) {
        const body = $(tableId).querySelector('tbody');
        body.replaceChildren();
        items.forEach((item) => {
            const row = document.createElement('tr');
            render(row, item);
            body.appendChild(row);
        });
    }

    function part(name, value, render) {
        const note = $(name + '-unavailable');
        if (value.available) {
            note.hidden = true;
            render(value.data);
        } else {
            note.hidden = false;
            note.textContent = 'unavailable: ' + value.unavailableBecause;
            fill(name, [], () => {});
        }
    }

    function renderStatus(status) {
        $('generated-at').textContent = status.generatedAt;
        fill('services', status.services, (row, service) => {
            row.dataset.service = service.name;
            cell(row, service.name);
            cell(row, service.reachable ? service.status : 'DOWN (unreachable)', 'status-' + service.status);
            cell(row, service.version);
            cell(row, service.outboxBacklog);
            cell(row, service.outboxOldestAgeSeconds);
        });
        part('topics', status.topics, (topics) => fill('topics', topics, (row, topic) => {
            row.dataset.topic = topic.name;
            cell(row, topic.name);
            cell(row, topic.partitions);
            cell(row, topic.messages);
            const lags = topic.consumerGroups.map((group) => group.group + ': ' + group.lag).join(', ');
            cell(row, lags || '—', topic.consumerGroups.some((group) => group.lag > 0) ? 'lagging' : '');
        }));
        const counts = status.deadLetters;
        $('dead-letter-counts').textContent = counts.available
            ? counts.data.pending + ' pending, ' + counts.data.replayed + ' replayed, ' + counts.data.discarded + ' discarded'
            : 'unavailable: ' + counts.unavailableBecause;
        part('failures', status.recentNotificationFailures, (failures) => fill('failures', failures, (row, failure) => {
            cell(row, failure.occurredAt);
            cell(row, failure.channel);
            cell(row, failure.template);
            cell(row, failure.attempts);
            cell(row, failure.notificationId);
            cell(row, failure.error);
        }));
        part('throughput', status.throughput, (minutes) => fill('throughput', minutes.slice().reverse(), (row, minute) => {
            cell(row, minute.minute);
            cell(row, minute.appointments);
            cell(row, minute.notifications);
        }));
    }

    function coordinates(letter) {
        return encodeURIComponent(letter.topic) + '/' + letter.partition + '/' + letter.offset;
    }

    function renderDeadLetters(letters) {
        fill('dead-letters', letters, (row, letter) => {
            row.dataset.deadLetter = letter.topic + '/' + letter.partition + '/' + letter.offset;
            cell(row, letter.topic + ' ' + letter.partition + '@' + letter.offset);
            cell(row, letter.originalTopic === null ? null
                : letter.originalTopic + ' ' + letter.originalPartition + '@' + letter.originalOffset
                    + (letter.consumerGroup ? ' (' + letter.consumerGroup + ')' : ''));
            cell(row, letter.eventType);
            cell(row, letter.cause);
            cell(row, letter.deadLetteredAt);
            cell(row, letter.state, 'state');
            const actions = cell(row, '');
            if (letter.state === 'PENDING') {
                [['replay', 'Replay'], ['discard', 'Discard']].forEach(([action, label]) => {
                    const button = document.createElement('button');
                    button.type = 'button';
                    button.textContent = label;
                    button.className = action;
                    button.addEventListener('click', () => act('/ops/dead-letters/' + coordinates(letter) + '/' + action,
                        label + 'ed ' + letter.topic + ' ' + letter.partition + '@' + letter.offset));
                    actions.appendChild(button);
                });
            }
        });
    }

    async function act(path, done) {
        try {
            const answer = await call('POST', path);
            say(answer.handled !== undefined ? done + ': ' + answer.handled + ' done, ' + answer.failed + ' failed' : done, false);
        } catch (error) {
            say(error.message, true);
        }
        await refresh();
    }

    async function refresh() {
        if (!token()) {
            say('Enter an operator token to see the platform.', false);
            return;
        }
        try {
            const [status, letters] = await Promise.all([call('GET', '/ops/status'), call('GET', '/ops/dead-letters')]);
            renderStatus(status);
            renderDeadLetters(letters);
            if ($('message').className === 'error') {
                say('', false);
            }
        } catch (error) {
            if (error.status === 401) {
                say('The token was not accepted (expired or invalid): enter a new one.', true);
            } else if (error.status === 403) {
                say('This token does not have the OPERATOR role.', true);
            } else {
                say(error.message, true);
            }
        }
    }

    document.addEventListener('DOMContentLoaded', () => {
        $('token-form').addEventListener('submit', (event) => {
            event.preventDefault();
            const value = $('token').value.trim().replace(/^Bearer\s+/i, '');
            if (value) {
                sessionStorage.setItem(TOKEN_KEY, value);
            }
            $('token').value = '';
            refresh();
        });
        $('forget-token').addEventListener('click', () => {
            sessionStorage.removeItem(TOKEN_KEY);
            say('Token forgotten.', false);
        });
        $('refresh').addEventListener('click', refresh);
        $('replay-all').addEventListener('click', () => act('/ops/dead-letters/replay-all', 'Replay all'));
        $('discard-all').addEventListener('click', () => act('/ops/dead-letters/discard-all', 'Discard all'));
        refresh();
        setInterval(refresh, REFRESH_MS);
    });
}());
