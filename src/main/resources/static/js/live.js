// The live page's player. hls.js plays HLS wherever MediaSource can (decided by Hls.isSupported()
// first); Safari's own HLS plays it elsewhere; an MP4 recording plays as it is. Interpretation
// channels are the stream's audio renditions, so every language stays in step with the picture; the
// viewer's choice of language and country is remembered in this browser. The language chosen shows
// on the video element as data-audio-language.
(function () {
    'use strict';
    var video = document.getElementById('player');
    if (!video) {
        return;
    }
    var audioSelect = document.getElementById('audio-language');
    var countrySelect = document.getElementById('viewer-country');
    var AUDIO_KEY = 'vocbridge.audioLanguage';
    var COUNTRY_KEY = 'vocbridge.viewerCountry';
    var source = video.dataset.src;
    var start = Number(video.dataset.start) || 0;

    function remembered(key) {
        try {
            return localStorage.getItem(key);
        } catch (e) {
            return null;
        }
    }

    function remember(key, value) {
        try {
            localStorage.setItem(key, value);
        } catch (e) {
            // private browsing: the choice lasts for this page only
        }
    }

    function primary(tag) {
        return (tag || '').toLowerCase().split('-')[0];
    }

    // the rendition in the language chosen before, else in the page's language; -1 when neither
    function preferred(tracks) {
        var wanted = [remembered(AUDIO_KEY), video.dataset.language];
        for (var w = 0; w < wanted.length; w++) {
            for (var i = 0; wanted[w] && i < tracks.length; i++) {
                if (primary(tracks[i].lang) === primary(wanted[w])) {
                    return i;
                }
            }
        }
        return -1;
    }

    function offer(tracks, current, choose) {
        audioSelect.textContent = '';
        tracks.forEach(function (track, i) {
            var option = document.createElement('option');
            option.value = String(i);
            option.textContent = track.name || track.lang;
            if (track.lang) {
                option.lang = track.lang;
            }
            audioSelect.appendChild(option);
        });
        audioSelect.value = String(current);
        audioSelect.disabled = tracks.length < 2;
        audioSelect.onchange = function () {
            var i = Number(audioSelect.value);
            remember(AUDIO_KEY, tracks[i].lang || '');
            choose(i);
        };
    }

    function switched(lang) {
        video.dataset.audioLanguage = lang || '';
    }

    function unsupported() {
        document.getElementById('player-unsupported').hidden = false;
    }

    if (/\.mp4(\?|$)/.test(source)) {
        video.src = source;
    } else if (window.Hls && window.Hls.isSupported()) {
        var Hls = window.Hls;
        var hls = new Hls();
        hls.on(Hls.Events.AUDIO_TRACKS_UPDATED, function (event, data) {
            var i = preferred(data.audioTracks);
            if (i >= 0 && i !== hls.audioTrack) {
                hls.audioTrack = i;
            }
            offer(data.audioTracks, hls.audioTrack, function (j) {
                hls.audioTrack = j;
            });
        });
        hls.on(Hls.Events.AUDIO_TRACK_SWITCHED, function (event, data) {
            switched(hls.audioTracks[data.id].lang);
            audioSelect.value = String(data.id);
        });
        hls.on(Hls.Events.ERROR, function (event, data) {
            if (!data.fatal) {
                return;
            }
            if (data.type === Hls.ErrorTypes.MEDIA_ERROR) {
                hls.recoverMediaError();
            } else {
                unsupported();
            }
        });
        hls.loadSource(source);
        hls.attachMedia(video);
    } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
        video.src = source;
        var list = video.audioTracks;
        if (list) {
            list.addEventListener('addtrack', function () {
                var tracks = [];
                var current = 0;
                for (var i = 0; i < list.length; i++) {
                    tracks.push({ name: list[i].label, lang: list[i].language });
                    if (list[i].enabled) {
                        current = i;
                    }
                }
                var choose = function (j) {
                    for (var k = 0; k < list.length; k++) {
                        list[k].enabled = k === j;
                    }
                    switched(tracks[j].lang);
                };
                var p = preferred(tracks);
                if (p >= 0 && p !== current) {
                    choose(p);
                    current = p;
                }
                offer(tracks, current, choose);
            });
        }
    } else {
        unsupported();
    }

    // a session's page starts its recording at the session's chapter, when the recording reaches it
    if (start > 0) {
        video.addEventListener('loadedmetadata', function () {
            if (start < video.duration) {
                video.currentTime = start;
            }
        }, { once: true });
    }
    document.querySelectorAll('[data-seek]').forEach(function (button) {
        button.addEventListener('click', function () {
            var at = Number(button.dataset.seek);
            if (at < video.duration) {
                video.currentTime = at;
            }
            video.play();
        });
    });

    // a choice made before this script ran stands; otherwise the one made last time
    var country = remembered(COUNTRY_KEY);
    if (country && !countrySelect.value) {
        countrySelect.value = country;
    }
    countrySelect.addEventListener('change', function () {
        remember(COUNTRY_KEY, countrySelect.value);
    });
    // one viewer counted per page view, from the country chosen when playing starts
    video.addEventListener('playing', function () {
        remember(COUNTRY_KEY, countrySelect.value);
        fetch(video.dataset.viewers, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ country: countrySelect.value || null })
        }).catch(function () {
            // a viewer not counted is no reason to stop the picture
        });
    }, { once: true });
})();
