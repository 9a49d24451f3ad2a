#!/usr/bin/env bash
# Makes the demo HLS stream the live page plays: a test pattern with three interpretation channels
# as audio renditions of the same stream (Chinese 440 Hz, Russian 660 Hz, English 880 Hz), each
# #EXT-X-MEDIA:TYPE=AUDIO named in its own language. The output is committed, so that the embedded
# default needs only Java; run this again (Debian's ffmpeg) only to change the stream.
#
#   bash scripts/demo-stream.sh [output folder]
#
# An operator broadcasts to the platform's own HLS origin the same way: point ffmpeg (or OBS's
# "custom output (FFmpeg)") at the folder that vocbridge.live.folder names, one folder per event
# id, with the live options instead of the file inputs below:
#   -f hls -hls_time 4 -hls_list_size 6 -hls_flags delete_segments+independent_segments
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-src/main/resources/live/demo}
seconds=12
rm -rf "$out"
mkdir -p "$out"
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "testsrc2=size=320x180:rate=25:duration=$seconds" \
  -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=$seconds" \
  -f lavfi -i "sine=frequency=660:sample_rate=44100:duration=$seconds" \
  -f lavfi -i "sine=frequency=880:sample_rate=44100:duration=$seconds" \
  -map 0:v -map 1:a -map 2:a -map 3:a \
  -c:v libx264 -profile:v baseline -level 3.0 -pix_fmt yuv420p -b:v 120k -g 50 -keyint_min 50 -sc_threshold 0 \
  -c:a aac -b:a 32k -ac 1 \
  -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  -f hls -hls_time 4 -hls_playlist_type vod -hls_flags independent_segments \
  -hls_segment_filename "$out/%v-%d.ts" \
  -var_stream_map "v:0,name:video a:0,name:audio-zh a:1,name:audio-ru a:2,name:audio-en" \
  -t "$seconds" "$out/%v.m3u8"
# the master playlist names each rendition in its own language, which ffmpeg's own does not
cat > "$out/master.m3u8" <<'PLAYLIST'
#EXTM3U
#EXT-X-VERSION:6
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="interpretation",LANGUAGE="zh",NAME="中文",DEFAULT=YES,AUTOSELECT=YES,URI="audio-zh.m3u8"
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="interpretation",LANGUAGE="ru",NAME="Русский",DEFAULT=NO,AUTOSELECT=YES,URI="audio-ru.m3u8"
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="interpretation",LANGUAGE="en",NAME="English",DEFAULT=NO,AUTOSELECT=YES,URI="audio-en.m3u8"
#EXT-X-STREAM-INF:BANDWIDTH=200000,RESOLUTION=320x180,CODECS="avc1.42c01e,mp4a.40.2",AUDIO="interpretation"
video.m3u8
PLAYLIST
ls -la "$out"
