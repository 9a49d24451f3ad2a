// The check-in page: each ticket's Ed25519 signature is verified here, with the platform's public key
// and the list of revoked tickets loaded with the page, so the door keeps working when the network
// goes. A verified check-in waits in this browser (kept across reloads) until the server has it.
(function () {
    'use strict';
    var root = document.getElementById('check-in');
    if (!root) {
        return;
    }
    var form = document.getElementById('scan-form');
    var input = document.getElementById('code');
    var where = document.getElementById('sessionId');
    var result = document.getElementById('scan-result');
    var pending = document.getElementById('pending');
    var eventId = Number(root.dataset.event);
    var revoked = new Set(root.dataset.revoked.split(',').filter(Boolean).map(Number));
    var QUEUE_KEY = 'vocbridge.checkIns.' + eventId;
    var categories = {};
    document.querySelectorAll('#category-labels [data-category]').forEach(function (li) {
        categories[li.dataset.category] = li.textContent;
    });

    // base64 or base64url, padded or not
    function bytes(text) {
        var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
        var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
        var out = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            out[i] = binary.charCodeAt(i);
        }
        return out;
    }

    function message(name, args) {
        return (root.dataset['msg' + name] || '').replace(/\{(\d)\}/g, function (all, i) {
            return args && args[i] !== undefined ? args[i] : '';
        });
    }

    function show(text, ok) {
        result.textContent = text;
        result.className = ok ? 'notice' : 'error-summary';
    }

    var key = window.crypto && crypto.subtle
        ? crypto.subtle.importKey('spki', bytes(root.dataset.key),
            { name: 'Ed25519' }, false, ['verify'])
        : Promise.reject(new Error('no WebCrypto'));

    // the ticket's claims when it is genuine, of this event and not revoked; otherwise why not
    function verify(code) {
        var parts = code.indexOf('VB1.') === 0 ? code.slice(4).split('.') : [];
        if (parts.length !== 2) {
            return Promise.resolve({ problem: 'Invalid' });
        }
        var claims;
        var signature;
        try {
            claims = bytes(parts[0]);
            signature = bytes(parts[1]);
        } catch (e) {
            return Promise.resolve({ problem: 'Invalid' });
        }
        return key.then(function (publicKey) {
            return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, claims);
        }).then(function (genuine) {
            if (!genuine) {
                return { problem: 'Invalid' };
            }
            var ticket = JSON.parse(new TextDecoder().decode(claims));
            if (ticket.e !== eventId) {
                return { problem: 'OtherEvent' };
            }
            return revoked.has(ticket.r) ? { problem: 'Revoked', ticket: ticket } : { ticket: ticket };
        }, function () {
            return { problem: 'Unsupported' };
        });
    }

    function queue() {
        try {
            return JSON.parse(localStorage.getItem(QUEUE_KEY)) || [];
        } catch (e) {
            return [];
        }
    }

    function keep(items) {
        localStorage.setItem(QUEUE_KEY, JSON.stringify(items));
        pending.hidden = items.length === 0;
        pending.textContent = message('Pending', [items.length]);
    }

    var sending = false;

    // sends what waits, oldest first; a network failure leaves it waiting for the next chance
    function flush() {
        var items = queue();
        if (sending || items.length === 0) {
            keep(items);
            return;
        }
        sending = true;
        var item = items[0];
        var body = new URLSearchParams({ code: item.code, sessionId: item.sessionId });
        body.append(form.querySelector('input[name=_csrf]').name, form.querySelector('input[name=_csrf]').value);
        fetch(form.action, { method: 'POST', headers: { Accept: 'application/json' }, body: body })
            .then(function (response) {
                if (response.status >= 500 || response.status === 401 || response.status === 403) {
                    throw new Error('not taken: ' + response.status);
                }
                return response.json().then(function (answer) {
                    keep(queue().slice(1));
                    if (answer.problems) {
                        show(item.name + ': ' + answer.problems.join(' '), false);
                    } else if (answer.earlier) {
                        show(message('Earlier', [item.name, new Date(answer.checkedInAt).toLocaleTimeString(document.documentElement.lang)]), true);
                    }
                });
            })
            .then(function () {
                sending = false;
                flush();
            }, function () {
                sending = false;
                keep(queue());
            });
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var code = input.value.trim();
        var sessionId = where.value;
        input.value = '';
        input.focus();
        verify(code).then(function (checked) {
            if (checked.problem) {
                show(message(checked.problem), false);
                return;
            }
            var ticket = checked.ticket;
            show(message('Valid', [ticket.n, categories[ticket.c] || ticket.c]), true);
            var items = queue();
            items.push({ code: code, sessionId: sessionId, name: ticket.n });
            keep(items);
            flush();
        });
    });
    window.addEventListener('online', flush);
    flush();
})();
