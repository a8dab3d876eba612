from withdraw_lint.entry import main

main()
