#!/bin/sh
# The worker on server A (task list a_tasks) runs this for steps A and D: both are on a_tasks,
# told apart by their activity type (SWF_ACTIVITY_TYPE is "script-a:1" or "script-d:1").
here=$(dirname "$0")
case "${SWF_ACTIVITY_TYPE%%:*}" in
  script-a) exec "$here/script-a.sh" ;;
  script-d) exec "$here/script-d.sh" ;;
  *) echo "server A runs steps A and D, not ${SWF_ACTIVITY_TYPE}" >&2; exit 2 ;;
esac
